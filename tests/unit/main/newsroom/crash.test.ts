import { createServer } from 'node:net';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openNewsroomDatabase } from '../../../../main/newsroom/server/database';
import { Users } from '../../../../main/newsroom/server/users';
import { nodeText } from '../../../../shared/article/text';
import { storyDocumentName } from '../../../../shared/collab/names';
import { readArticle } from '../../../../shared/collab/storyDoc';
import { spawnServer, startClient, storyArticle, until } from '../../../support/newsroom';
import { tempDir } from '../../../support/tempDir';
import { typeInto } from '../../../support/typing';

const storyId = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** The story as the server's SQLite file holds it, read with the server process dead. */
function storedStory(dataDir: string): Y.Doc {
  const db = new Database(`${dataDir}/newsroom.sqlite`, { readonly: true });
  const doc = new Y.Doc();
  const name = storyDocumentName(storyId);
  const snapshot = db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as { state: Buffer } | undefined;
  if (snapshot) Y.applyUpdate(doc, snapshot.state);
  for (const row of db.prepare('SELECT data FROM updates WHERE name = ? ORDER BY id').all(name) as { data: Buffer }[]) Y.applyUpdate(doc, row.data);
  db.close();
  return doc;
}

const words = (who: string, from: number, to: number) => Array.from({ length: to - from }, (_, index) => ` ${who}${from + index}`);

describe('the newsroom server killed mid-edit', () => {
  it('keeps everything it acknowledged through SIGKILL and resyncs both clients after a restart', async () => {
    const dataDir = await tempDir('newsroom-crash-');
    const setup = openNewsroomDatabase(dataDir);
    const users = new Users(setup);
    const anaToken = users.issueToken('Ana Ruiz');
    const benToken = users.issueToken('Ben Okafor');
    setup.close();
    const port = await freePort();
    const first = await spawnServer(dataDir, port);

    const ana = await startClient(first.url, anaToken);
    const ben = await startClient(first.url, benToken);
    const anaStory = await ana.shareStory(storyArticle(storyId), ['Ben Okafor']);
    const benStory = await ben.openStory(storyId);
    await until('both to sync', () => ana.status(anaStory).kind === 'synced' && ben.status(benStory).kind === 'synced' && benStory.doc.getText('headline').length > 0);

    for (const word of words('acked', 0, 50)) typeInto(anaStory.doc, 0, 10_000, word);
    await until('the first 50 words to be acknowledged', () => ana.status(anaStory).kind === 'synced');
    for (const word of words('inflight', 0, 20)) typeInto(anaStory.doc, 0, 10_000, word);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const stored = nodeText(readArticle(storedStory(dataDir)).body);
    for (const word of words('acked', 0, 50)) expect(stored).toContain(word);

    await until('both to see the server is gone', () => ana.status(anaStory).kind === 'offline' && ben.status(benStory).kind === 'offline');
    expect(ana.status(anaStory)).toMatchObject({ kind: 'offline' });
    for (const word of words('down', 0, 30)) typeInto(anaStory.doc, 0, 10_000, word);
    for (const word of words('ben', 0, 30)) typeInto(benStory.doc, 0, 0, word);

    await spawnServer(dataDir, port);
    await until(
      'both to resync with the restarted server',
      () => ana.status(anaStory).kind === 'synced' && ben.status(benStory).kind === 'synced' && nodeText(ana.article(anaStory).body) === nodeText(ben.article(benStory).body),
      30_000,
    );
    const merged = nodeText(ben.article(benStory).body);
    for (const word of [...words('acked', 0, 50), ...words('inflight', 0, 20), ...words('down', 0, 30), ...words('ben', 0, 30)]) expect(merged).toContain(word);
    expect(ben.article(benStory)).toEqual(ana.article(anaStory));
  });
});
