import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { storyDocumentName } from '../../../../shared/collab/names';
import { writeArticle } from '../../../../shared/collab/storyDoc';
import { onCleanup, startClient, startServer, storyArticle, until } from '../../../support/newsroom';
import { typeInto } from '../../../support/typing';

const storyId = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';

describe('who changed what, from the token', () => {
  it('names the attribution log’s writers from their tokens, not from what the entry claims', async () => {
    const server = await startServer();
    const ana = await startClient(server.url, server.users.issueToken('Ana Ruiz'));
    const ben = await startClient(server.url, server.users.issueToken('Ben Okafor'));
    await ana.whoAmI();
    const anaStory = await ana.shareStory(storyArticle(storyId), ['Ben Okafor']);
    const benStory = await ben.openStory(storyId);
    await until('Ben to receive the story', () => ben.status(benStory).kind === 'synced' && benStory.doc.getText('headline').length > 0);
    const claimed = { at: '2026-11-02T12:00:00.000Z', who: 'Ana Ruiz', quoteKey: 'q-9', change: 'status' as const, from: 'unreviewed', to: 'verified' };
    writeArticle(benStory.doc, { ...ben.article(benStory), attributionLog: [claimed] });
    await until('the entry and its ledger claim to reach Ana', () => ana.article(anaStory).attributionLog.some((entry) => entry.quoteKey === 'q-9' && entry.who === 'Ben Okafor'));
    const activity = server.db.prepare('SELECT user FROM activity WHERE name = ? ORDER BY user').all(storyDocumentName(storyId)) as { user: string }[];
    expect(activity.map((row) => row.user)).toEqual(['Ana Ruiz', 'Ben Okafor']);
  });

  it('refuses an edit written under another person’s Yjs client id and closes that connection', async () => {
    const server = await startServer();
    const benToken = server.users.issueToken('Ben Okafor');
    const ana = await startClient(server.url, server.users.issueToken('Ana Ruiz'));
    const anaStory = await ana.shareStory(storyArticle(storyId), ['Ben Okafor']);
    await until('Ana to sync', () => ana.status(anaStory).kind === 'synced');

    const forged = new Y.Doc();
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket, maxAttempts: 1 });
    const closes: string[] = [];
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: storyDocumentName(storyId), document: forged, token: benToken, onClose: ({ event }) => closes.push(event.reason) });
    provider.attach();
    onCleanup(async () => {
      provider.destroy();
      socket.destroy();
    });
    await until('the forger to sync', () => provider.isSynced && forged.getText('headline').length > 0);
    forged.clientID = anaStory.doc.clientID;
    typeInto(forged, 0, 0, 'FORGED ');
    await until('the server to close the forger', () => closes.some((reason) => reason === 'refused an edit that claimed to be written by Ana Ruiz'));
    typeInto(anaStory.doc, 0, 0, 'Real ');
    await until('Ana’s own edit to sync', () => ana.status(anaStory).kind === 'synced');
    const stored = (server.db.prepare('SELECT data FROM updates').all() as { data: Buffer }[]).map((row) => row.data.toString('latin1')).join('');
    expect(stored).toContain('Real ');
    expect(stored).not.toContain('FORGED');
  });

  it('shows the signed-in name in presence, whatever name the client sends', async () => {
    const server = await startServer();
    const ana = await startClient(server.url, server.users.issueToken('Ana Ruiz'));
    const anaStory = await ana.shareStory(storyArticle(storyId), 'newsroom');
    await until('Ana to sync', () => ana.status(anaStory).kind === 'synced');
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: storyDocumentName(storyId), document: new Y.Doc(), token: server.users.issueToken('Ben Okafor') });
    const watcherSocket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket });
    const watcher = new HocuspocusProvider({ websocketProvider: watcherSocket, name: storyDocumentName(storyId), document: new Y.Doc(), token: server.users.issueToken('Cy Moreau') });
    provider.attach();
    watcher.attach();
    onCleanup(async () => {
      for (const item of [provider, watcher, socket, watcherSocket]) item.destroy();
    });
    await until('both to sync', () => provider.isSynced && watcher.isSynced);
    provider.setAwarenessField('user', { name: 'Ana Ruiz', color: '#f00' });
    await until('Ben’s presence to reach the watcher', () => watcher.awareness?.getStates().get(provider.document.clientID)?.user !== undefined);
    expect(watcher.awareness?.getStates().get(provider.document.clientID)?.user).toEqual({ name: 'Ben Okafor', color: '#f00' });
  });
});
