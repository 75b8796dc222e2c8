import type { Article } from '../../shared/article/model';
import { hasArticle } from '../../shared/collab/storyDoc';
import { AppError } from '../../shared/errors';
import type { CopydeskApi, CopydeskEvents, EventName, NewsroomView, SharedStoryRow } from '../../shared/ipc';
import { NewsroomClient, type WebSocketClass } from '../newsroom/newsroomClient';
import { NewsroomSettingsStore } from '../newsroom/newsroomSettingsStore';
import { StoryRelay, type RelayEvents } from '../newsroom/storyRelay';
import type { Secrets } from '../secrets/secrets';
import type { WorkspaceSession } from './workspaceSession';

/** The contract methods this module implements. */
export type NewsroomMethod = 'getNewsroom' | 'setNewsroom' | 'shareStory' | 'listSharedStories' | 'fetchSharedStory' | 'joinStory' | 'leaveStory' | 'sendStoryUpdate' | 'sendPresence';

export interface NewsroomApiOptions {
  userDataDir: string;
  secrets: Secrets | null;
  session: () => WorkspaceSession;
  emit<E extends EventName>(event: E, payload: CopydeskEvents[E]): void;
  /** The WebSocket class to connect with (tests pass one that counts connections). */
  webSocket?: WebSocketClass;
  /** How long `fetchSharedStory` waits for a story to arrive from the server. */
  fetchTimeoutMs?: number;
}

/** The newsroom handlers and a way to close the connection. */
export interface NewsroomApi {
  handlers: Pick<CopydeskApi, NewsroomMethod>;
  close(): Promise<void>;
}

/**
 * The main-process side of shared stories: the newsroom setting, one sync client for the
 * configured server (none, and no request at all, when there is no server), and a relay per story
 * the window has joined. The window only ever sees Yjs updates and statuses, never the network.
 */
export async function createNewsroomApi(options: NewsroomApiOptions): Promise<NewsroomApi> {
  const { session, emit } = options;
  const store = await NewsroomSettingsStore.open(options.userDataDir, options.secrets);
  const relays = new Map<string, StoryRelay>();
  const events: RelayEvents = {
    update: (payload) => emit('story-update', payload),
    presence: (payload) => emit('story-presence', payload),
    status: (payload) => emit('story-status', payload),
  };
  let client = startClient();
  let isAskingName = false;

  function startClient(): NewsroomClient {
    const next = new NewsroomClient(options.userDataDir, store.settings(), options.webSocket);
    next.onChange(() => {
      if (next !== client) return;
      for (const relay of relays.values()) relay.refreshStatus(events);
      emit('newsroom-changed', { newsroom: view() });
      if (next.isSignedIn && next.user === null && !isAskingName) {
        isAskingName = true;
        void next
          .whoAmI()
          .then((user) => store.rememberUser(user))
          .then(() => next === client && emit('newsroom-changed', { newsroom: view() }), () => undefined)
          .finally(() => {
            isAskingName = false;
          });
      }
    });
    next.connect();
    return next;
  }

  function view(): NewsroomView {
    const problem = store.problem;
    const status = problem && store.serverUrl ? { kind: 'signed-out' as const, reason: problem } : client.connectionStatus();
    return { serverUrl: store.serverUrl, hasToken: store.hasToken, user: client.user ?? store.user, status, isTokenEncrypted: store.isTokenEncrypted };
  }

  function joined(id: string): StoryRelay {
    const relay = relays.get(id);
    if (!relay) throw new AppError('not-found', 'that shared story is not open in this window');
    return relay;
  }

  async function leave(id: string): Promise<void> {
    const relay = relays.get(id);
    if (!relay) return;
    relays.delete(id);
    relay.stop();
    await client.closeStory(id);
  }

  const readLocal = async (id: string): Promise<Article> => {
    if (!session().workspace.find(id)) throw new AppError('not-found', 'that article is no longer in the workspace');
    return (await session().workspace.read(id)).article;
  };

  const localHeadline = (id: string) => session().workspace.find(id)?.summary.headline ?? null;

  const handlers: Pick<CopydeskApi, NewsroomMethod> = {
    getNewsroom: async () => view(),
    setNewsroom: async ({ serverUrl, token }) => {
      await store.set(serverUrl, token);
      const open = [...relays.keys()];
      for (const id of open) await leave(id);
      await client.close();
      client = startClient();
      emit('newsroom-changed', { newsroom: view() });
      return view();
    },
    shareStory: async ({ id, grantees }) => {
      if (!client.isConfigured) throw new AppError('forbidden', 'set up a newsroom server in Settings before sharing');
      const article = await readLocal(id);
      const wasOpen = relays.has(id);
      await client.shareStory(article, grantees);
      if (!wasOpen) await client.closeStory(id);
      return { storyId: id, owner: client.user ?? store.user ?? '', grantees, present: [], headline: article.headline };
    },
    listSharedStories: async () => {
      const known = await client.knownStoryIds();
      const remote = client.isSignedIn ? await client.listStories().catch(() => []) : [];
      const rows: SharedStoryRow[] = remote.map((story) => ({ ...story, headline: localHeadline(story.storyId) }));
      for (const id of known) if (!rows.some((row) => row.storyId === id)) rows.push({ storyId: id, owner: '', grantees: [], present: [], headline: localHeadline(id) });
      return rows;
    },
    fetchSharedStory: async ({ id }) => {
      if (session().workspace.find(id)) return;
      if (!client.isConfigured) throw new AppError('forbidden', 'set up a newsroom server in Settings to open stories shared with you');
      const story = await client.openStory(id);
      await new Promise<void>((resolve, reject) => {
        if (hasArticle(story.doc)) return resolve();
        const timer = setTimeout(() => {
          stop();
          reject(new AppError('cancelled', `the story has not arrived from the server yet (${client.status(story).kind === 'signed-out' ? 'not signed in' : 'no answer'}); check the connection and try again`));
        }, options.fetchTimeoutMs ?? 15_000);
        const stop = story.onChange(() => {
          if (!hasArticle(story.doc)) return;
          clearTimeout(timer);
          stop();
          resolve();
        });
      }).catch(async (error: unknown) => {
        if (!relays.has(id)) await client.closeStory(id);
        throw error;
      });
      const article = client.article(story);
      // Under its slug or the next free variant: a file already there is never replaced.
      await session().workspace.add(article);
      if (!relays.has(id)) await client.closeStory(id);
      emit('library-changed', {});
    },
    joinStory: async ({ id }) => {
      if (!(await client.isKnown(id))) return null;
      relays.get(id)?.stop();
      const story = await client.openStory(id);
      const relay = new StoryRelay(story, () => client.status(story), events);
      relays.set(id, relay);
      return { ...relay.states(), status: client.status(story), user: client.user ?? store.user };
    },
    leaveStory: async ({ id }) => leave(id),
    sendStoryUpdate: async ({ id, update }) => {
      const relay = joined(id);
      try {
        relay.applyFromWindow(update);
      } catch {
        throw new AppError('invalid-argument', 'sendStoryUpdate: the update is not a Yjs update');
      }
    },
    sendPresence: async ({ id, update }) => {
      const relay = joined(id);
      try {
        relay.presenceFromWindow(update);
      } catch {
        throw new AppError('invalid-argument', 'sendPresence: the update is not an awareness update');
      }
    },
  };

  return {
    handlers,
    close: async () => {
      for (const relay of relays.values()) relay.stop();
      relays.clear();
      await client.close();
    },
  };
}
