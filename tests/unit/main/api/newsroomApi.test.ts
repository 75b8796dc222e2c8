import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createApi } from '../../../../main/api/createApi';
import { dispatch } from '../../../../main/api/dispatch';
import { aesGcmSecrets } from '../../../../main/secrets/secrets';
import type { Article } from '../../../../shared/article/model';
import { readArticleFields } from '../../../../shared/collab/storyDoc';
import type { CopydeskEvents, EventName } from '../../../../shared/ipc';
import { paragraphs, startMain } from '../../../support/mainApi';
import { onCleanup, startServer, until } from '../../../support/newsroom';
import { tempDir } from '../../../support/tempDir';

type Main = Awaited<ReturnType<typeof startMain>>;

/** A WebSocket class that records every address it is asked to connect to. */
function countingWebSocket(seen: string[]) {
  return class CountingWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      seen.push(address);
      super(address, protocols);
    }
  };
}

async function mainWith(token: { url: string; token: string } | null): Promise<Main> {
  const main = await startMain();
  onCleanup(() => main.close());
  if (token) await main.api.setNewsroom({ serverUrl: token.url, token: token.token });
  return main;
}

async function savedStory(main: Main, fields: Partial<Article> = {}): Promise<Article> {
  const created = await main.api.createArticle({ headline: 'Harbour strike ends' });
  const sources = [{ id: 'src-1', kind: 'person' as const, name: 'Mara Lind', title: 'mayor', affiliation: '', level: 'on-record' as const, anonymityReason: '', contactNote: 'PRIVATE 555-0100', identity: '' }];
  return (await main.api.saveArticle({ article: { ...created, sources, body: paragraphs('“We are done,” Mara Lind said.'), ...fields }, isExplicit: true })).article;
}

const eventsOf = <E extends EventName>(main: Main, event: E) => main.events.filter((entry) => entry.event === event).map((entry) => entry.payload as CopydeskEvents[E]);

describe('the newsroom handlers in main', () => {
  it('make no connection at all while no server is set up, and share nothing', async () => {
    const seen: string[] = [];
    const root = await tempDir();
    const main = await createApi({ workspaceDir: join(root, 'workspace'), userDataDir: join(root, 'userData'), newsroomWebSocket: countingWebSocket(seen), platform: { chooseFolder: async () => null, chooseImportFiles: async () => [], chooseExportFile: async () => null, openExternal: async () => undefined, secrets: null, emit: () => undefined } });
    onCleanup(() => main.close());
    const newsroom = { handlers: main.api };
    const view = await newsroom.handlers.getNewsroom(undefined);
    expect(view).toMatchObject({ serverUrl: null, hasToken: false, user: null, status: { kind: 'not-configured' } });
    expect(await newsroom.handlers.listSharedStories(undefined)).toEqual([]);
    expect(await newsroom.handlers.joinStory({ id: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' })).toBeNull();
    await expect(newsroom.handlers.shareStory({ id: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f', grantees: 'newsroom' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(newsroom.handlers.fetchSharedStory({ id: '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(seen).toEqual([]);
  });

  it('keep the token sealed with the keychain, never hand it to the window, and refuse bad addresses by name', async () => {
    const main = await mainWith(null);
    const token = 'tok_0123456789abcdefABCDEF';
    for (const [serverUrl, message] of [
      ['http://127.0.0.1:9', /starts with wss:\/\//],
      ['ws://ana:secret@127.0.0.1:9', /not in the server address/],
      ['not an address', /is not a server address/],
    ] as const) {
      const envelope = await dispatch(main.api, 'setNewsroom', { serverUrl, token });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      if (!envelope.ok) expect(envelope.error.message).toMatch(message);
    }
    const missing = await dispatch(main.api, 'setNewsroom', { serverUrl: 'ws://127.0.0.1:9' });
    expect(missing.ok === false && missing.error.message).toMatch(/enter your token/);

    const view = await main.api.setNewsroom({ serverUrl: 'ws://127.0.0.1:9/', token });
    expect(view).toMatchObject({ serverUrl: 'ws://127.0.0.1:9', hasToken: true, isTokenEncrypted: true });
    expect(JSON.stringify(view)).not.toContain(token);
    const onDisk = await readFile(join(main.userDataDir, 'newsroom.json'), 'utf8');
    expect(onDisk).not.toContain(token);
    expect(onDisk).toContain('sealed:v1:');
    // Same server, no token: the saved one is kept.
    expect(await main.api.setNewsroom({ serverUrl: 'ws://127.0.0.1:9' })).toMatchObject({ hasToken: true });

    // Another computer (another key) cannot open it, and says so instead of connecting with garbage.
    await main.close();
    const elsewhere = await createApi({ workspaceDir: main.workspaceDir, userDataDir: main.userDataDir, platform: { chooseFolder: async () => null, chooseImportFiles: async () => [], chooseExportFile: async () => null, openExternal: async () => undefined, secrets: aesGcmSecrets(Buffer.alloc(32, 1)), emit: () => undefined } });
    onCleanup(() => elsewhere.close());
    expect(await elsewhere.api.getNewsroom(undefined)).toMatchObject({ hasToken: false, status: { kind: 'signed-out', reason: expect.stringMatching(/encrypted on another computer/) } });

    // Removing the server forgets the token.
    await elsewhere.api.setNewsroom({ serverUrl: null });
    expect(JSON.parse(await readFile(join(main.userDataDir, 'newsroom.json'), 'utf8'))).toEqual({ serverUrl: null, token: null, user: null });
  });

  it('store the token in clear only where there is no keychain, and report that', async () => {
    const main = await startMain(undefined, { secrets: null });
    onCleanup(() => main.close());
    const view = await main.api.setNewsroom({ serverUrl: 'ws://127.0.0.1:9', token: 'tok_0123456789abcdef' });
    expect(view.isTokenEncrypted).toBe(false);
    expect(await readFile(join(main.userDataDir, 'newsroom.json'), 'utf8')).toContain('tok_0123456789abcdef');
  });

  it('report a refused token as "Not signed in" with the server’s reason', async () => {
    const server = await startServer();
    const main = await mainWith({ url: server.url, token: 'tok_not_a_real_token_at_all' });
    await until('the refusal', () => eventsOf(main, 'newsroom-changed').some(({ newsroom }) => newsroom.status.kind === 'signed-out'));
    expect((await main.api.getNewsroom(undefined)).status).toEqual({ kind: 'signed-out', reason: 'the server does not know this token' });
  });

  it('share a story, list it with who is in it, bring it to another workspace without private fields, and relay updates and presence both ways', async () => {
    const server = await startServer();
    const ana = await mainWith({ url: server.url, token: server.users.issueToken('Ana Ruiz') });
    const ben = await mainWith({ url: server.url, token: server.users.issueToken('Ben Okafor') });
    await until('both to sign in and learn their names', () => [ana, ben].every((main) => eventsOf(main, 'newsroom-changed').some(({ newsroom }) => newsroom.user !== null)));
    const story = await savedStory(ana);

    expect(await ana.api.shareStory({ id: story.id, grantees: ['Ben Okafor'] })).toMatchObject({ storyId: story.id, owner: 'Ana Ruiz', grantees: ['Ben Okafor'] });
    await expect(ana.api.shareStory({ id: story.id, grantees: ['Nobody Here'] })).rejects.toThrow(/no one on this server is called "Nobody Here"/);
    const joinedByAna = await ana.api.joinStory({ id: story.id });
    expect(joinedByAna).not.toBeNull();
    expect((await ben.api.listSharedStories(undefined)).find((row) => row.storyId === story.id)).toMatchObject({ owner: 'Ana Ruiz', headline: null });
    let rows = await ben.api.listSharedStories(undefined);
    for (let tries = 0; tries < 50 && !rows[0]?.present.includes('Ana Ruiz'); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      rows = await ben.api.listSharedStories(undefined);
    }
    expect(rows[0]?.present).toEqual(['Ana Ruiz']);

    await ben.api.fetchSharedStory({ id: story.id });
    const files = (await readdir(ben.workspaceDir)).filter((name) => name.endsWith('.article.json'));
    expect(files).toEqual(['harbour-strike-ends.article.json']);
    const fetched = (await ben.api.openArticle({ id: story.id })).article;
    expect(fetched.headline).toBe('Harbour strike ends');
    expect(fetched.sources[0]).toMatchObject({ name: 'Mara Lind', contactNote: '', identity: '' });
    expect(JSON.stringify(fetched)).not.toContain('555-0100');

    // Ben's window joins with the full state, edits a replica, and sends the update through main.
    const joined = await ben.api.joinStory({ id: story.id });
    if (!joined || !joinedByAna) throw new Error('both should have joined');
    const benWindow = new Y.Doc();
    Y.applyUpdate(benWindow, Buffer.from(joined.story, 'base64'));
    expect(readArticleFields(benWindow).headline).toBe('Harbour strike ends');
    const before = Y.encodeStateVector(benWindow);
    benWindow.getText('headline').insert(0, 'Breaking: ');
    await ben.api.sendStoryUpdate({ id: story.id, update: Buffer.from(Y.encodeStateAsUpdate(benWindow, before)).toString('base64') });

    const anaWindow = new Y.Doc();
    Y.applyUpdate(anaWindow, Buffer.from(joinedByAna.story, 'base64'));
    await until('Ben’s edit to reach Ana’s window', () => {
      for (const { id, doc, update } of eventsOf(ana, 'story-update')) if (id === story.id && doc === 'story') Y.applyUpdate(anaWindow, Buffer.from(update, 'base64'));
      return anaWindow.getText('headline').toString() === 'Breaking: Harbour strike ends';
    });
    // What a window sent is not echoed back to it.
    expect(eventsOf(ben, 'story-update').filter(({ doc }) => doc === 'story')).toEqual([]);
    await until('both to be synced', () => eventsOf(ben, 'story-status').some(({ status }) => status.kind === 'synced'));

    // Presence: Ben's caret and name reach Ana's window.
    const benAwareness = new Awareness(benWindow);
    benAwareness.setLocalState({ user: { name: 'Ben Okafor', color: '#1d4ed8' }, cursor: null });
    await ben.api.sendPresence({ id: story.id, update: Buffer.from(encodeAwarenessUpdate(benAwareness, [benWindow.clientID])).toString('base64') });
    const anaAwareness = new Awareness(anaWindow);
    await until('Ben’s presence to reach Ana’s window', () => {
      for (const { update } of eventsOf(ana, 'story-presence')) applyAwarenessUpdate(anaAwareness, Buffer.from(update, 'base64'), 'main');
      return (anaAwareness.getStates().get(benWindow.clientID) as { user?: { name: string } } | undefined)?.user?.name === 'Ben Okafor';
    });
    benAwareness.destroy();
    anaAwareness.destroy();

    // Garbage and stories not joined are refused by name; leaving stops the relay.
    expect(await dispatch(ben.api, 'sendStoryUpdate', { id: story.id, update: Buffer.from('not yjs at all').toString('base64') })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await ben.api.leaveStory({ id: story.id });
    expect(await dispatch(ben.api, 'sendStoryUpdate', { id: story.id, update: joined.story })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
