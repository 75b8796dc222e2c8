import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Article } from '../../shared/article/model';
import { newsroomDocumentName, parseDocumentName } from '../../shared/collab/names';
import type { Grantees, NewsroomReply, NewsroomRequest, SharedStorySummary } from '../../shared/collab/protocol';
import type { SyncStatus } from '../../shared/collab/status';
import { writeArticle, importOrigin } from '../../shared/collab/storyDoc';
import { AppError } from '../../shared/errors';
import { ControlRequests } from './controlRequests';
import { checkServerUrl, withErrorGuard, type NewsroomSettings, type WebSocketClass } from './serverAddress';
import { SharedStory } from './sharedStory';

export { checkServerUrl, type NewsroomSettings, type WebSocketClass } from './serverAddress';

/**
 * The main process's newsroom connection: one WebSocket to the configured server (and to no
 * other address; with no server configured it never makes a request), the shared stories open on
 * this machine with their update logs under `dataDir/newsroom/`, and the requests to sign in,
 * share and list. Plain Node: no Electron.
 */
export class NewsroomClient {
  private readonly stories = new Map<string, SharedStory>();
  private socket: HocuspocusProviderWebsocket | null = null;
  private control: HocuspocusProvider | null = null;
  private readonly requests = new ControlRequests();
  private identity: string | null = null;
  private isOfflineByChoice = false;
  private refusal: string | null = null;
  private readonly folder: string;
  private readonly listeners = new Set<() => void>();
  private readonly settings: NewsroomSettings;

  /**
   * `webSocket` is the WebSocket class to connect with (the `ws` package unless a caller, such as
   * a test that counts connections, passes a subclass).
   */
  constructor(
    dataDir: string,
    settings: NewsroomSettings,
    private readonly webSocket: WebSocketClass = WebSocket,
  ) {
    this.folder = join(dataDir, 'newsroom');
    this.settings = { serverUrl: settings.serverUrl === null ? null : checkServerUrl(settings.serverUrl), token: settings.token };
    if ((this.settings.serverUrl === null) !== (this.settings.token === null)) throw new RangeError('a newsroom server needs both an address and a token');
  }

  /** True when a server is configured. */
  get isConfigured(): boolean {
    return this.settings.serverUrl !== null;
  }

  /** True while the connection to the server is up and this person is signed in. */
  get isSignedIn(): boolean {
    return this.control?.isAuthenticated === true && this.refusal === null;
  }

  /** Why the server refused this token, or null. */
  get refusalReason(): string | null {
    return this.refusal;
  }

  /** The name the server last gave this token (see `whoAmI`), or null before it answered. */
  get user(): string | null {
    return this.identity;
  }

  /** Calls `listener` when the connection is made, lost or refused; returns an unsubscribe. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The connection's own status: signed out with the reason, offline, or connected. */
  connectionStatus(): SyncStatus {
    if (!this.isConfigured) return { kind: 'not-configured' };
    if (this.refusal !== null) return { kind: 'signed-out', reason: this.refusal };
    return this.isSignedIn ? { kind: 'synced' } : { kind: 'offline', waiting: 0 };
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** The stories that have an update history on this machine: the ones shared here or opened from the server. */
  async knownStoryIds(): Promise<string[]> {
    const entries = await readdir(this.folder, { withFileTypes: true }).catch(() => []);
    return entries.filter((entry) => entry.isDirectory() && parseDocumentName(`story/${entry.name}`) !== null).map((entry) => entry.name);
  }

  /** True when a story has an update history on this machine. */
  async isKnown(storyId: string): Promise<boolean> {
    return this.stories.has(storyId) || (await this.knownStoryIds()).includes(storyId);
  }

  /** Connects (no-op without a server). Safe to call again after `goOffline`. */
  connect(): void {
    const { serverUrl, token } = this.settings;
    if (serverUrl === null || token === null) return;
    this.isOfflineByChoice = false;
    if (this.socket) {
      // While a `goOffline` close is still under way this returns at once; the disconnect handler below reconnects.
      void this.socket.connect();
      return;
    }
    const socket = new HocuspocusProviderWebsocket({ url: serverUrl, WebSocketPolyfill: withErrorGuard(this.webSocket), delay: 200, minDelay: 200, maxDelay: 3_000, jitter: true });
    socket.on('disconnect', () => {
      if (!this.isOfflineByChoice && !socket.shouldConnect) void socket.connect();
    });
    this.socket = socket;
    this.control = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: newsroomDocumentName,
      document: new Y.Doc(),
      token,
      onAuthenticationFailed: ({ reason }) => {
        this.refusal = reason;
        for (const story of this.stories.values()) story.detach();
        this.changed();
      },
      onAuthenticated: () => {
        this.refusal = null;
        this.changed();
      },
      onStatus: () => this.changed(),
      onStateless: ({ payload }) => this.requests.receive(payload),
    });
    this.control.attach();
    for (const story of this.stories.values()) story.attach(this.socket, token);
  }

  /** Closes the connection and stops reconnecting; stories stay editable and their edits wait on disk. */
  goOffline(): void {
    this.isOfflineByChoice = true;
    this.socket?.disconnect();
  }

  /** Opens a shared story from disk and, when a server is configured, starts syncing it. */
  async openStory(storyId: string): Promise<SharedStory> {
    const open = this.stories.get(storyId);
    if (open) return open;
    const story = await SharedStory.open(this.folder, storyId);
    this.stories.set(storyId, story);
    if (this.socket && this.settings.token !== null && this.refusal === null) story.attach(this.socket, this.settings.token);
    return story;
  }

  /** Stops syncing a story and closes its logs (after flushing them); it can be opened again. */
  async closeStory(storyId: string): Promise<void> {
    const story = this.stories.get(storyId);
    if (!story) return;
    this.stories.delete(storyId);
    await story.close();
  }

  /**
   * Shares a local article: the server registers it with this person as owner and the given
   * grantees, then the story (private source fields left out) starts syncing.
   */
  async shareStory(article: Article, grantees: Grantees): Promise<SharedStory> {
    await this.request({ type: 'share', requestId: '', storyId: article.id, grantees });
    const story = await this.openStory(article.id);
    if (story.doc.getMap('fields').size === 0) writeArticle(story.doc, article, importOrigin);
    return story;
  }

  /** Changes who may open a story this person shared. */
  async setGrantees(storyId: string, grantees: Grantees): Promise<Grantees> {
    const reply = await this.request({ type: 'share', requestId: '', storyId, grantees });
    return reply.type === 'shared' ? reply.grantees : grantees;
  }

  /** The stories this person may open. */
  async listStories(): Promise<SharedStorySummary[]> {
    const reply = await this.request({ type: 'list', requestId: '' });
    return reply.type === 'stories' ? reply.stories : [];
  }

  /** The name the server knows this token by. */
  async whoAmI(): Promise<string> {
    const reply = await this.request({ type: 'whoami', requestId: '' });
    if (reply.type === 'identity') this.identity = reply.user;
    return this.identity ?? '';
  }

  /** The article a shared story holds, its log authors named by the server's ledger. */
  article(story: SharedStory): Article {
    return story.article(this.identity);
  }

  /** A story's status ("Synced", "Offline, N changes waiting", "Not signed in: reason"). */
  status(story: SharedStory): SyncStatus {
    if (this.refusal !== null) return { kind: 'signed-out', reason: this.refusal };
    return story.status(this.isConfigured);
  }

  /** Closes every story (flushing its log) and the connection. */
  async close(): Promise<void> {
    this.requests.clear();
    await Promise.all([...this.stories.values()].map((story) => story.close()));
    this.stories.clear();
    this.isOfflineByChoice = true;
    this.control?.destroy();
    this.socket?.destroy();
    this.socket = null;
  }

  private request(request: NewsroomRequest): Promise<NewsroomReply> {
    if (!this.control) return Promise.reject(new AppError('forbidden', 'no newsroom server is set up in Settings'));
    return this.requests.send(this.control, request, this.refusal);
  }
}
