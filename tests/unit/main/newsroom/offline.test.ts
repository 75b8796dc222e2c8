import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { NewsroomClient } from '../../../../main/newsroom/newsroomClient';
import type { Article } from '../../../../shared/article/model';
import { nodeText } from '../../../../shared/article/text';
import { describeSyncStatus } from '../../../../shared/collab/status';
import { writeArticle } from '../../../../shared/collab/storyDoc';
import { startClient, startServer, storyArticle, until } from '../../../support/newsroom';
import { tempDir } from '../../../support/tempDir';
import { addParagraph, typeInto } from '../../../support/typing';

const storyId = '7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const review = (status: 'verified' | 'flagged', reviewer: string) => ({ status, text: 'a quote', speakerOverride: null, note: `${reviewer}'s note`, reviewer, at: '2026-11-02T10:00:00.000Z' });
const bodyText = (article: Article) => nodeText(article.body);

describe('offline editing with the newsroom sync client', () => {
  it('merges two people’s offline edits to body, fields and review state without losing a word', async () => {
    const server = await startServer();
    const ana = await startClient(server.url, server.users.issueToken('Ana Ruiz'));
    const ben = await startClient(server.url, server.users.issueToken('Ben Okafor'));
    await ana.whoAmI();
    await ben.whoAmI();
    const anaStory = await ana.shareStory(storyArticle(storyId), ['Ben Okafor']);
    const benStory = await ben.openStory(storyId);
    await until('both to sync', () => ana.status(anaStory).kind === 'synced' && ben.status(benStory).kind === 'synced' && benStory.doc.getText('headline').length > 0);

    ana.goOffline();
    ben.goOffline();
    await until('both to be offline', () => ana.status(anaStory).kind === 'offline' && ben.status(benStory).kind === 'offline');

    const anaArticle = ana.article(anaStory);
    writeArticle(anaStory.doc, { ...anaArticle, headline: `${anaArticle.headline} again`, reviews: { 'q-1': review('verified', 'Ana Ruiz') }, attributionLog: [{ at: '2026-11-02T10:00:00.000Z', who: 'Ana Ruiz', quoteKey: 'q-1', change: 'status', from: 'unreviewed', to: 'verified' }] });
    typeInto(anaStory.doc, 0, 0, 'On Tuesday, ');
    addParagraph(anaStory.doc, 'Ana wrote this paragraph offline.');
    const benArticle = ben.article(benStory);
    writeArticle(benStory.doc, { ...benArticle, dek: 'The vote was close', status: 'editing', reviews: { 'q-2': review('flagged', 'Ben Okafor') } });
    typeInto(benStory.doc, 0, 1_000, ' Ben typed this offline.');
    expect(describeSyncStatus(ana.status(anaStory))).toMatch(/^Offline, \d+ changes waiting$/);
    expect(ben.status(benStory)).toEqual({ kind: 'offline', waiting: 2 });

    ana.connect();
    ben.connect();
    await until('both to converge', () => ana.status(anaStory).kind === 'synced' && ben.status(benStory).kind === 'synced' && Y.encodeStateAsUpdate(anaStory.doc).length === Y.encodeStateAsUpdate(benStory.doc).length);
    const merged = ana.article(anaStory);
    expect(ben.article(benStory)).toEqual(merged);
    expect(merged.headline).toBe('Council votes on the bridge again');
    expect(merged.dek).toBe('The vote was close');
    expect(merged.status).toBe('editing');
    expect(Object.keys(merged.reviews).sort()).toEqual(['q-1', 'q-2']);
    expect(merged.attributionLog.map((entry) => entry.who)).toEqual(['Ana Ruiz']);
    const text = bodyText(merged);
    for (const typed of ['On Tuesday, ', 'The council met on Tuesday.', ' Ben typed this offline.', 'Ana wrote this paragraph offline.']) expect(text).toContain(typed);
  });

  it('keeps offline edits on disk across a restart and sends them when the server is reachable', async () => {
    const server = await startServer();
    const token = server.users.issueToken('Ana Ruiz');
    const dataDir = await tempDir('newsroom-client-');
    const first = await startClient(server.url, token, dataDir);
    const story = await first.shareStory(storyArticle(storyId), []);
    await until('the share to sync', () => first.status(story).kind === 'synced');
    first.goOffline();
    await until('the client to notice it is offline', () => first.status(story).kind === 'offline');
    for (let index = 0; index < 25; index += 1) typeInto(story.doc, 0, 1_000, ` word${index}`);
    expect(first.status(story)).toEqual({ kind: 'offline', waiting: 25 });
    await first.close();

    const offline = new NewsroomClient(dataDir, { serverUrl: server.url, token });
    const reopened = await offline.openStory(storyId);
    expect(offline.status(reopened)).toEqual({ kind: 'offline', waiting: 25 });
    expect(bodyText(offline.article(reopened))).toContain(' word24');
    offline.connect();
    await until('the waiting edits to sync', () => offline.status(reopened).kind === 'synced');
    await offline.close();

    const reader = await startClient(server.url, server.users.issueToken('Ana Ruiz'));
    const fresh = await reader.openStory(storyId);
    await until('the edits to reach a fresh machine', () => fresh.doc.getText('headline').length > 0 && bodyText(reader.article(fresh)).includes(' word24'));
    expect(bodyText(reader.article(fresh))).toContain(' word0 word1 word2');
  });

  it('sends many offline edits as one update when it reconnects, not one message each', async () => {
    const server = await startServer();
    const ana = await startClient(server.url, server.users.issueToken('Ana Ruiz'));
    const story = await ana.shareStory(storyArticle(storyId), []);
    await until('the share to sync', () => ana.status(story).kind === 'synced');
    ana.goOffline();
    await until('offline', () => ana.status(story).kind === 'offline');
    const rowsBefore = (server.db.prepare('SELECT count(*) AS n FROM updates').get() as { n: number }).n;
    for (let index = 0; index < 200; index += 1) typeInto(story.doc, 0, 1_000, ` o${index}`);
    ana.connect();
    await until('the edits to sync', () => ana.status(story).kind === 'synced');
    const rowsAfter = (server.db.prepare('SELECT count(*) AS n FROM updates').get() as { n: number }).n;
    expect(rowsAfter - rowsBefore).toBeLessThanOrEqual(2);
  });

  it('opens no connection at all without a server, and only to the configured server with one', async () => {
    const opened: string[] = [];
    class CountingWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols);
        opened.push(address);
      }
    }
    const offline = new NewsroomClient(await tempDir('newsroom-client-'), { serverUrl: null, token: null }, CountingWebSocket);
    offline.connect();
    const story = await offline.openStory(storyId);
    writeArticle(story.doc, storyArticle(storyId));
    expect(offline.status(story)).toEqual({ kind: 'not-configured' });
    await expect(offline.listStories()).rejects.toThrow(/no newsroom server/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(opened).toEqual([]);
    await offline.close();

    const server = await startServer();
    const online = new NewsroomClient(await tempDir('newsroom-client-'), { serverUrl: server.url, token: server.users.issueToken('Ana Ruiz') }, CountingWebSocket);
    online.connect();
    await online.openStory(storyId);
    expect(await online.whoAmI()).toBe('Ana Ruiz');
    expect(opened.length).toBeGreaterThan(0);
    expect(new Set(opened)).toEqual(new Set([server.url]));
    await online.close();
  });

  it('accepts only ws:// and wss:// server addresses', () => {
    for (const address of ['http://example.org', 'file:///etc/passwd', 'wss://ana:secret@example.org', 'not a url']) {
      expect(() => new NewsroomClient('/tmp', { serverUrl: address, token: 'x' }), address).toThrow();
    }
    expect(new NewsroomClient('/tmp', { serverUrl: 'wss://newsroom.example.org', token: 'x' }).isConfigured).toBe(true);
  });
});
