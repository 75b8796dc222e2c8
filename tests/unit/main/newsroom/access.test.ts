import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { storyDocumentName } from '../../../../shared/collab/names';
import { readArticle } from '../../../../shared/collab/storyDoc';
import { onCleanup, startClient, startServer, storyArticle, until } from '../../../support/newsroom';

const storyId = '3f2b8a0e-5d1c-4e6f-9a7b-2c4d6e8f0a1b';

/** Opens one raw document with a raw provider and reports whether it was refused, and why. */
async function tryOpen(url: string, name: string, token: string | null): Promise<{ refusal: string | null; doc: Y.Doc }> {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
  const doc = new Y.Doc();
  let refusal: string | null = null;
  let isAuthenticated = false;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => (refusal = reason),
    onSynced: () => (isAuthenticated = true),
  });
  provider.attach();
  onCleanup(async () => {
    provider.destroy();
    socket.destroy();
  });
  await until('an answer from the server', () => refusal !== null || isAuthenticated);
  return { refusal, doc };
}

describe('newsroom server access', () => {
  it('refuses a missing token and a wrong token, and accepts a token it issued', async () => {
    const server = await startServer();
    const token = server.users.issueToken('Ana Ruiz');
    expect((await tryOpen(server.url, 'newsroom', null)).refusal).toBe('no token was given');
    expect((await tryOpen(server.url, 'newsroom', `${token.slice(0, -2)}xx`)).refusal).toBe('the server does not know this token');
    expect((await tryOpen(server.url, 'newsroom', 'not-even-a-token')).refusal).toBe('the server does not know this token');
    expect((await tryOpen(server.url, 'newsroom', token)).refusal).toBeNull();
  });

  it('keeps only a hash of each token', async () => {
    const server = await startServer();
    const token = server.users.issueToken('Ana Ruiz');
    const rows = server.db.prepare('SELECT * FROM users').all();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(4));
    const replaced = server.users.issueToken('Ana Ruiz');
    expect(server.users.authenticate(token)).toBeNull();
    expect(server.users.authenticate(replaced)).toBe('Ana Ruiz');
  });

  it('refuses document names that are not a story, a ledger or the newsroom', async () => {
    const server = await startServer();
    const token = server.users.issueToken('Ana Ruiz');
    for (const name of ['../etc/passwd', 'story/not-a-uuid', `story/${storyId}/x`, `STORY/${storyId}`, '']) {
      expect((await tryOpen(server.url, name, token)).refusal, name).toBe('this server has no document of that name');
    }
  });

  it('lets only the owner and the people a story was given to read it', async () => {
    const server = await startServer();
    const ana = server.users.issueToken('Ana Ruiz');
    const ben = server.users.issueToken('Ben Okafor');
    const cy = server.users.issueToken('Cy Moreau');
    const owner = await startClient(server.url, ana);
    const story = await owner.shareStory(storyArticle(storyId, { headline: 'Secret merger talks' }), ['Ben Okafor']);
    await until('the owner to sync', () => owner.status(story).kind === 'synced');

    const stranger = await tryOpen(server.url, storyDocumentName(storyId), cy);
    expect(stranger.refusal).toBe('this story has not been shared with you');
    expect(stranger.doc.getText('headline').toString()).toBe('');
    expect((await tryOpen(server.url, `ledger/${storyId}`, cy)).refusal).toBe('this story has not been shared with you');

    const reader = await tryOpen(server.url, storyDocumentName(storyId), ben);
    expect(reader.refusal).toBeNull();
    await until('the story to reach Ben', () => reader.doc.getText('headline').toString() !== '');
    expect(readArticle(reader.doc).headline).toBe('Secret merger talks');

    const cyClient = await startClient(server.url, cy);
    expect(await cyClient.listStories()).toEqual([]);
    await expect(cyClient.setGrantees(storyId, 'newsroom')).rejects.toThrow(/only Ana Ruiz/);
    expect(await owner.setGrantees(storyId, 'newsroom')).toBe('newsroom');
    expect((await cyClient.listStories()).map((summary) => summary.storyId)).toEqual([storyId]);
    expect((await tryOpen(server.url, storyDocumentName(storyId), cy)).refusal).toBeNull();
  });

  it('refuses to share with a name that has no token', async () => {
    const server = await startServer();
    const owner = await startClient(server.url, server.users.issueToken('Ana Ruiz'));
    await expect(owner.shareStory(storyArticle(storyId), ['Nobody Here'])).rejects.toThrow(/no one on this server is called "Nobody Here"/);
  });

  it('never sends a source’s contact note or identity to the server', async () => {
    const server = await startServer();
    const owner = await startClient(server.url, server.users.issueToken('Ana Ruiz'));
    const article = storyArticle(storyId);
    article.sources[0] = { ...article.sources[0]!, identity: 'Real Name Behind Anon', level: 'anonymous', anonymityReason: 'fear of reprisal' };
    const story = await owner.shareStory(article, []);
    await until('the owner to sync', () => owner.status(story).kind === 'synced');
    await story.flush();
    const rows = server.db.prepare('SELECT data FROM updates UNION ALL SELECT state FROM documents').all() as { data: Buffer }[];
    const stored = Buffer.concat(rows.map((row) => row.data)).toString('latin1');
    expect(stored).toContain('fear of reprisal');
    expect(stored).not.toContain('555-0100');
    expect(stored).not.toContain('Real Name Behind Anon');
  });
});
