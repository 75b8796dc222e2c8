import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { nodeText } from '../../../../shared/article/text';
import { storyDocumentName } from '../../../../shared/collab/names';
import { readArticle } from '../../../../shared/collab/storyDoc';
import { onCleanup, startClient, startServer, storyArticle, until } from '../../../support/newsroom';
import { redisUnavailableReason, startRedis } from '../../../support/redis';
import { tempDir } from '../../../support/tempDir';
import { typeInto } from '../../../support/typing';

const storyId = '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c';
const unavailable = redisUnavailableReason();
if (unavailable) console.warn(`skipping the Redis scale-out test: ${unavailable}`);

function storedBody(db: import('better-sqlite3').Database): string {
  const doc = new Y.Doc();
  const name = storyDocumentName(storyId);
  const snapshot = db.prepare('SELECT state FROM documents WHERE name = ?').get(name) as { state: Buffer } | undefined;
  if (snapshot) Y.applyUpdate(doc, snapshot.state);
  for (const row of db.prepare('SELECT data FROM updates WHERE name = ?').all(name) as { data: Buffer }[]) Y.applyUpdate(doc, row.data);
  return nodeText(readArticle(doc).body);
}

describe.skipIf(unavailable !== null)('two server instances sharing documents through Redis', () => {
  it('converges one client on each instance, online and after offline edits, and each instance persists the story', async () => {
    const redis = await startRedis();
    onCleanup(() => redis.stop());
    const directoryFile = join(await tempDir('newsroom-directory-'), 'directory.sqlite');
    const first = await startServer({ redis: { host: redis.host, port: redis.port }, directoryFile, name: 'instance-a' });
    const second = await startServer({ redis: { host: redis.host, port: redis.port }, directoryFile, name: 'instance-b' });
    const ana = await startClient(first.url, first.users.issueToken('Ana Ruiz'));
    const ben = await startClient(second.url, second.users.issueToken('Ben Okafor'));
    await ben.whoAmI();

    const anaStory = await ana.shareStory(storyArticle(storyId), ['Ben Okafor']);
    const benStory = await ben.openStory(storyId);
    await until('Ben, on the other instance, to receive the story', () => ben.status(benStory).kind === 'synced' && benStory.doc.getText('headline').length > 0);

    typeInto(anaStory.doc, 0, 1_000, ' Ana on instance A.');
    await until('Ana’s words to cross Redis', () => nodeText(ben.article(benStory).body).includes('Ana on instance A.'));
    typeInto(benStory.doc, 0, 0, 'Ben on instance B: ');
    await until('Ben’s words to cross Redis', () => nodeText(ana.article(anaStory).body).includes('Ben on instance B: '));

    ana.goOffline();
    ben.goOffline();
    await until('both offline', () => ana.status(anaStory).kind === 'offline' && ben.status(benStory).kind === 'offline');
    for (let index = 0; index < 20; index += 1) {
      typeInto(anaStory.doc, 0, 10_000, ` a${index}`);
      typeInto(benStory.doc, 0, 0, `b${index} `);
    }
    ana.connect();
    ben.connect();
    await until('both to converge', () => ana.status(anaStory).kind === 'synced' && ben.status(benStory).kind === 'synced' && nodeText(ana.article(anaStory).body) === nodeText(ben.article(benStory).body));
    const merged = nodeText(ana.article(anaStory).body);
    for (let index = 0; index < 20; index += 1) expect(merged).toContain(` a${index}`);
    for (let index = 0; index < 20; index += 1) expect(merged).toContain(`b${index} `);
    expect(ben.article(benStory)).toEqual(ana.article(anaStory));
    await until('each instance to have persisted both people’s words', () => storedBody(first.db) === merged && storedBody(second.db) === merged);
  });
});
