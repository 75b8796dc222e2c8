import * as Y from 'yjs';
import type { SyncStatus } from '../../shared/collab/status';
import type { CopydeskEvents } from '../../shared/ipc';
import type { SharedStory } from './sharedStory';

/** Origin of the updates that came from the window, so they are not sent back to it. */
export const windowOrigin = Symbol('copydesk-window');

/** What a relay sends to the window (the story-update, story-presence and story-status events). */
export interface RelayEvents {
  update(payload: CopydeskEvents['story-update']): void;
  presence(payload: CopydeskEvents['story-presence']): void;
  status(payload: CopydeskEvents['story-status']): void;
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/**
 * Joins one open shared story to the window: every update this process gets from the server or
 * its disk goes to the window, every update from the window is applied (and so logged and sent),
 * presence passes both ways, and the status is sent whenever it changes. The window holds a
 * replica of the story; it never touches the network.
 */
export class StoryRelay {
  private readonly stops: (() => void)[] = [];
  private lastStatus = '';

  constructor(
    readonly story: SharedStory,
    private readonly statusOf: () => SyncStatus,
    events: RelayEvents,
  ) {
    const id = story.storyId;
    const onStory = (update: Uint8Array, origin: unknown) => {
      if (origin !== windowOrigin) events.update({ id, doc: 'story', update: toBase64(update) });
    };
    const onLedger = (update: Uint8Array) => events.update({ id, doc: 'ledger', update: toBase64(update) });
    story.doc.on('update', onStory);
    story.ledger.on('update', onLedger);
    this.stops.push(
      () => story.doc.off('update', onStory),
      () => story.ledger.off('update', onLedger),
      story.onPresence((update) => events.presence({ id, update: toBase64(update) })),
      story.onChange(() => {
        const status = this.statusOf();
        const key = JSON.stringify(status);
        if (key === this.lastStatus) return;
        this.lastStatus = key;
        events.status({ id, status });
      }),
    );
    this.lastStatus = JSON.stringify(this.statusOf());
  }

  /** The full states the window starts its replicas from. */
  states(): { story: string; ledger: string } {
    return { story: toBase64(Y.encodeStateAsUpdate(this.story.doc)), ledger: toBase64(Y.encodeStateAsUpdate(this.story.ledger)) };
  }

  /** Applies an update made in the window. A malformed one throws (Yjs cannot read it) and changes nothing. */
  applyFromWindow(update: string): void {
    Y.applyUpdate(this.story.doc, Buffer.from(update, 'base64'), windowOrigin);
  }

  /** Passes the window's awareness (caret, name) on to the server. */
  presenceFromWindow(update: string): void {
    this.story.applyPresence(Buffer.from(update, 'base64'));
  }

  /** Sends the status again if it changed without a story change (the connection came or went). */
  refreshStatus(events: RelayEvents): void {
    const status = this.statusOf();
    const key = JSON.stringify(status);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    events.status({ id: this.story.storyId, status });
  }

  /** Stops relaying. */
  stop(): void {
    for (const stop of this.stops.splice(0)) stop();
  }
}
