import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Article } from '../../shared/article/model';
import { ledgerView } from '../../shared/collab/ledger';
import type { SyncStatus } from '../../shared/collab/status';
import { readArticleFields, storyRoots, writeArticle, writeArticleFields, type SharedArticleFields } from '../../shared/collab/storyDoc';
import type { JoinedStory } from '../../shared/ipc';
import { call, onEvent } from '../api';
import { userColour } from './userColour';

/** Origin of what main relayed (from the server or its disk), so it is never sent back. */
const mainOrigin = Symbol('copydesk-main');

const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(text);
}

let sessions = 0;

/** Someone else in the story now, from the awareness their window shares. */
export interface Peer {
  clientId: number;
  name: string;
  colour: string;
}

/** What the session tells the open article. */
export interface SharedSessionEvents {
  /** Another machine changed the fields, sources, review decisions or the log. */
  onRemoteFields(fields: SharedArticleFields): void;
  onStatus(status: SyncStatus): void;
  onPeers(peers: Peer[]): void;
  /** main could not take an update (it is still in this window's replica and is sent again on the next join). */
  onError(message: string): void;
}

/**
 * This window's replica of one shared story: a Y.Doc the editor's Collaboration extension binds,
 * the ledger (read-only), and an Awareness for carets. Updates go to main and come back from it
 * over IPC; the window never touches the network.
 */
export class SharedSession {
  readonly doc = new Y.Doc();
  readonly ledger = new Y.Doc();
  readonly awareness: Awareness;
  readonly user: string;
  /** Different for every session, so an editor bound to an earlier one is replaced. */
  readonly serial = (sessions += 1);
  status: SyncStatus;
  private readonly stops: (() => void)[] = [];

  constructor(
    readonly id: string,
    joined: JoinedStory,
    private readonly events: SharedSessionEvents,
  ) {
    Y.applyUpdate(this.doc, fromBase64(joined.story), mainOrigin);
    Y.applyUpdate(this.ledger, fromBase64(joined.ledger), mainOrigin);
    this.status = joined.status;
    this.user = joined.user ?? 'You';
    this.awareness = new Awareness(this.doc);
    this.awareness.setLocalStateField('user', { name: this.user, color: userColour(this.user) });
    const sendUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin !== mainOrigin) call('sendStoryUpdate', { id, update: toBase64(update) }).catch((error: unknown) => events.onError(String(error)));
    };
    const sendPresence = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      const mine = [...added, ...updated, ...removed].filter((client) => client === this.awareness.clientID);
      if (origin !== mainOrigin && mine.length > 0) void call('sendPresence', { id, update: toBase64(encodeAwarenessUpdate(this.awareness, mine)) }).catch(() => undefined);
    };
    const peersChanged = () => events.onPeers(this.peers());
    const remoteFields = (transaction: Y.Transaction) => {
      if (transaction.origin === mainOrigin && touchesFields(this.doc, transaction)) this.readFields();
    };
    this.doc.on('update', sendUpdate);
    this.doc.on('afterTransaction', remoteFields);
    this.awareness.on('update', sendPresence);
    this.awareness.on('change', peersChanged);
    this.stops.push(
      () => this.doc.off('update', sendUpdate),
      () => this.doc.off('afterTransaction', remoteFields),
      () => this.awareness.off('update', sendPresence),
      () => this.awareness.off('change', peersChanged),
      onEvent('story-update', ({ id: storyId, doc, update }) => {
        if (storyId !== id) return;
        Y.applyUpdate(doc === 'story' ? this.doc : this.ledger, fromBase64(update), mainOrigin);
        if (doc === 'ledger') this.readFields();
      }),
      onEvent('story-presence', ({ id: storyId, update }) => storyId === id && applyAwarenessUpdate(this.awareness, fromBase64(update), mainOrigin)),
      onEvent('story-status', ({ id: storyId, status }) => {
        if (storyId !== id) return;
        this.status = status;
        events.onStatus(status);
      }),
    );
  }

  /** The fields as the story holds them now, authors named by the server's ledger. */
  fields(): SharedArticleFields {
    return readArticleFields(this.doc, ledgerView(this.ledger, { clientId: this.doc.clientID, user: this.user }));
  }

  /** Writes a local change to the fields, sources, reviews or log into the story (never the body). */
  writeFields(article: Article): void {
    const kept = this.doc.getMap<unknown>(storyRoots.fields);
    // The file's slug and dates belong to each machine; the story keeps the values it has.
    const localOnly = { slug: kept.get('slug') ?? article.slug, createdAt: kept.get('createdAt') ?? article.createdAt, updatedAt: kept.get('updatedAt') ?? article.updatedAt };
    writeArticleFields(this.doc, { ...article, ...(localOnly as Pick<Article, 'slug' | 'createdAt' | 'updatedAt'>) });
  }

  /** Writes a whole article, body included (a restored revision), as one change others see. */
  writeWhole(article: Article): void {
    writeArticle(this.doc, article);
  }

  /** The other people whose windows have this story open. */
  peers(): Peer[] {
    const peers: Peer[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
      if (clientId === this.awareness.clientID || typeof user?.name !== 'string') return;
      peers.push({ clientId, name: user.name, colour: typeof user.color === 'string' ? user.color : '#777777' });
    });
    return peers.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Stops relaying and tells main this window left. */
  destroy(): void {
    for (const stop of this.stops.splice(0)) stop();
    this.awareness.destroy();
    this.doc.destroy();
    this.ledger.destroy();
    void call('leaveStory', { id: this.id }).catch(() => undefined);
  }

  private readFields(): void {
    try {
      this.events.onRemoteFields(this.fields());
    } catch (error) {
      this.events.onError(error instanceof Error ? error.message : String(error));
    }
  }
}

/** True when a transaction changed anything outside the body (fields, sources, reviews, log). */
function touchesFields(doc: Y.Doc, transaction: Y.Transaction): boolean {
  const body: unknown = doc.getXmlFragment(storyRoots.body);
  for (const type of transaction.changed.keys()) {
    let root = type;
    while (root._item !== null) root = root._item.parent as typeof type;
    if (root !== body) return true;
  }
  return false;
}
