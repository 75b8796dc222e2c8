import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Article } from '../../shared/article/model';
import { ledgerView } from '../../shared/collab/ledger';
import { ledgerDocumentName, storyDocumentName } from '../../shared/collab/names';
import type { SyncStatus } from '../../shared/collab/status';
import { readArticle } from '../../shared/collab/storyDoc';
import { UpdateLog } from './updateLog';

const noop = () => undefined;

/** Origin of the updates read back from disk, so they are not logged again. */
const diskOrigin = Symbol('copydesk-disk');

/** Origin of presence relayed from this machine's window, so it is not echoed back to it. */
const presenceOrigin = Symbol('copydesk-presence');

/** How a story's connection stands, before the waiting count is added. */
type Link = { kind: 'detached' } | { kind: 'connecting' } | { kind: 'synced' } | { kind: 'refused'; reason: string };

/**
 * One shared story on this machine: its Yjs document and the server-written ledger, each kept
 * in an append-only update log on disk, and (when a server is configured) the Hocuspocus
 * providers that sync them over the client's one WebSocket. Edits never wait for the network.
 */
export class SharedStory {
  private storyProvider: HocuspocusProvider | null = null;
  private ledgerProvider: HocuspocusProvider | null = null;
  private link: Link = { kind: 'detached' };
  private readonly listeners = new Set<() => void>();
  private readonly presenceListeners = new Set<(update: Uint8Array) => void>();
  private lastPresence: Uint8Array | null = null;

  private constructor(
    readonly storyId: string,
    readonly doc: Y.Doc,
    readonly ledger: Y.Doc,
    private readonly storyLog: UpdateLog,
    private readonly ledgerLog: UpdateLog,
    /** Bytes of damaged log tails moved aside when the story was opened (0 normally). */
    readonly damagedBytes: number,
  ) {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === diskOrigin) return;
      if (origin !== null && origin === this.storyProvider) this.storyLog.appendRemote(update);
      else this.storyLog.appendLocal(update);
      this.changed();
    });
    storyLog.snapshotSource = () => Y.encodeStateAsUpdate(doc);
    ledgerLog.snapshotSource = () => Y.encodeStateAsUpdate(ledger);
    ledger.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== diskOrigin) this.ledgerLog.appendRemote(update);
    });
  }

  /** Loads a story's logs from `folder/<storyId>/` (creating them when missing). */
  static async open(folder: string, storyId: string): Promise<SharedStory> {
    const dir = join(folder, storyId);
    await mkdir(dir, { recursive: true });
    const story = await UpdateLog.open(join(dir, 'story.ylog'));
    const ledger = await UpdateLog.open(join(dir, 'ledger.ylog'));
    const doc = new Y.Doc();
    const ledgerDoc = new Y.Doc();
    Y.transact(doc, () => story.updates.forEach((update) => Y.applyUpdate(doc, update, diskOrigin)), diskOrigin);
    Y.transact(ledgerDoc, () => ledger.updates.forEach((update) => Y.applyUpdate(ledgerDoc, update, diskOrigin)), diskOrigin);
    return new SharedStory(storyId, doc, ledgerDoc, story.log, ledger.log, story.damagedBytes + ledger.damagedBytes);
  }

  /** Starts syncing over `socket` with `token`. */
  attach(socket: HocuspocusProviderWebsocket, token: string): void {
    if (this.storyProvider) throw new RangeError(`story ${this.storyId} is already attached`);
    this.link = { kind: 'connecting' };
    const refused = ({ reason }: { reason: string }) => this.setLink({ kind: 'refused', reason });
    // Each provider gets its own session on the shared socket: a story closed and at once opened
    // again (fetched, then joined by the window) would otherwise race the server's close of the old
    // provider against the new one's sign-in under the same name, and could be left receiving nothing.
    this.ledgerProvider = new HocuspocusProvider({ websocketProvider: socket, name: ledgerDocumentName(this.storyId), document: this.ledger, token, sessionAwareness: true, onAuthenticationFailed: refused });
    this.storyProvider = new HocuspocusProvider({
      websocketProvider: socket,
      name: storyDocumentName(this.storyId),
      sessionAwareness: true,
      document: this.doc,
      token,
      onAuthenticationFailed: refused,
      onSynced: () => this.settle(),
      // While the connection is down the provider stops listening to edits, so they are not queued
      // as one message each; the sync on reconnecting sends everything missing as one update.
      onClose: () => {
        this.doc.off('update', this.storyProvider?.boundDocumentUpdateHandler ?? noop);
        // The server may close a document without the socket closing (it is shutting down): offline either way.
        if (this.link.kind !== 'refused') this.setLink({ kind: 'connecting' });
      },
      onOpen: () => {
        const provider = this.storyProvider;
        if (provider) this.doc.on('update', provider.boundDocumentUpdateHandler);
      },
      onUnsyncedChanges: () => this.settle(),
      onStatus: ({ status }) => {
        if (status !== 'connected' && this.link.kind !== 'refused') this.setLink({ kind: 'connecting' });
      },
    });
    const awareness = this.storyProvider.awareness;
    if (awareness) {
      // This process has no caret of its own: presence is the window's, relayed through `applyPresence`.
      awareness.setLocalState(null);
      awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        if (origin === presenceOrigin) return;
        const update = encodeAwarenessUpdate(awareness, [...added, ...updated, ...removed]);
        for (const listener of this.presenceListeners) listener(update);
      });
      if (this.lastPresence) applyAwarenessUpdate(awareness, this.lastPresence, presenceOrigin);
    }
    this.ledgerProvider.attach();
    this.storyProvider.attach();
  }

  /** Stops syncing (the story stays editable and logged). */
  detach(): void {
    this.storyProvider?.destroy();
    this.ledgerProvider?.destroy();
    this.storyProvider = null;
    this.ledgerProvider = null;
    this.setLink({ kind: 'detached' });
  }

  /** Edits made here that the server has not yet confirmed. */
  get waiting(): number {
    return this.storyLog.waiting;
  }

  /** The story's sync status, given whether a server is configured at all. */
  status(isConfigured: boolean): SyncStatus {
    if (!isConfigured) return { kind: 'not-configured' };
    if (this.link.kind === 'refused') return { kind: 'signed-out', reason: this.link.reason };
    const isConnected = this.link.kind !== 'detached' && this.storyProvider?.isAuthenticated === true;
    if (!isConnected) return { kind: 'offline', waiting: this.waiting };
    if (this.link.kind === 'synced' && this.waiting === 0) return { kind: 'synced' };
    return { kind: 'syncing', waiting: this.waiting };
  }

  /** The article as the story holds it (private fields empty), authors named from the ledger. */
  article(self: string | null): Article {
    return readArticle(this.doc, ledgerView(this.ledger, self === null ? undefined : { clientId: this.doc.clientID, user: self }));
  }

  /**
   * Takes an awareness update from this machine's window (its caret and name) and passes it on
   * to the server; it is kept and sent again when the connection comes back.
   */
  applyPresence(update: Uint8Array): void {
    this.lastPresence = update;
    const awareness = this.storyProvider?.awareness;
    if (awareness) applyAwarenessUpdate(awareness, update, presenceOrigin);
  }

  /** Calls `listener` with each awareness update from other machines; returns an unsubscribe. */
  onPresence(listener: (update: Uint8Array) => void): () => void {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  }

  /** Calls `listener` whenever the story or its status changes; returns an unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every logged update is on disk. */
  async flush(): Promise<void> {
    await Promise.all([this.storyLog.flush(), this.ledgerLog.flush()]);
  }

  /** Stops syncing, flushes and closes the logs. */
  async close(): Promise<void> {
    this.detach();
    await Promise.all([this.storyLog.close(), this.ledgerLog.close()]);
    this.doc.destroy();
    this.ledger.destroy();
  }

  /** When the server has confirmed every edit sent, mark the log so the waiting count restarts. */
  private settle(): void {
    const provider = this.storyProvider;
    if (!provider) return;
    if (provider.isSynced && provider.unsyncedChanges === 0) {
      this.storyLog.markSynced();
      this.setLink({ kind: 'synced' });
    } else this.changed();
  }

  private setLink(link: Link): void {
    this.link = link;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
