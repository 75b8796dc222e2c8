import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { presenceTtlMs } from '../../../../main/newsroom/server/presence';
import type { SharedStory } from '../../../../main/newsroom/sharedStory';
import { onCleanup, spawnServer, startClient, startServer, storyArticle, until } from '../../../support/newsroom';
import { redisUnavailableReason, startRedis } from '../../../support/redis';
import { tempDir } from '../../../support/tempDir';

const storyId = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d';
const unavailable = redisUnavailableReason();
if (unavailable) console.warn(`skipping the presence-behind-a-load-balancer tests: ${unavailable}`);

/** A window's view of presence, as the renderer keeps it: its own awareness, fed by the main process. */
function windowOf(story: SharedStory, claimedName: string) {
  const awareness = new Awareness(new Y.Doc());
  awareness.setLocalState({ user: { name: claimedName, color: '#336699' }, cursor: null });
  story.onPresence((update) => applyAwarenessUpdate(awareness, update, 'main'));
  story.applyPresence(encodeAwarenessUpdate(awareness, [awareness.clientID]));
  const names = () => [...awareness.getStates()].filter(([clientId]) => clientId !== awareness.clientID).map(([, state]) => (state as { user?: { name?: string } }).user?.name);
  return { awareness, names };
}

describe.skipIf(unavailable !== null)('presence behind a load balancer (two instances sharing Redis)', () => {
  async function twoInstances() {
    const redis = await startRedis();
    onCleanup(() => redis.stop());
    const directoryFile = join(await tempDir('newsroom-directory-'), 'directory.sqlite');
    const options = { redis: { host: redis.host, port: redis.port }, directoryFile };
    const first = await startServer({ ...options, name: 'instance-a' });
    const second = await startServer({ ...options, name: 'instance-b' });
    const ana = await startClient(first.url, first.users.issueToken('Ana Ruiz'));
    const ben = await startClient(second.url, second.users.issueToken('Ben Okafor'));
    await ben.whoAmI();
    return { ana, ben };
  }

  it('shows a person on instance A in the story of a person on instance B, under the name from their token, and drops them when they leave', async () => {
    const { ana, ben } = await twoInstances();
    const anaStory = await ana.shareStory(storyArticle(storyId), ['Ben Okafor']);
    const benStory = await ben.openStory(storyId);
    await until('both to sync', () => ana.status(anaStory).kind === 'synced' && ben.status(benStory).kind === 'synced');
    const anaWindow = windowOf(anaStory, 'Someone else entirely');
    const benWindow = windowOf(benStory, 'Ben');

    await until('Ana, on instance A, to appear in Ben’s window on instance B', () => benWindow.names().includes('Ana Ruiz'));
    await until('Ben, on instance B, to appear in Ana’s window on instance A', () => anaWindow.names().includes('Ben Okafor'));
    expect(benWindow.names()).not.toContain('Someone else entirely');

    await ana.closeStory(storyId);
    await until('Ana to leave Ben’s window once she closes the story', () => !benWindow.names().includes('Ana Ruiz'));
  });

  it('lists who is in a story across instances in the Shared list', async () => {
    const { ana, ben } = await twoInstances();
    await ana.shareStory(storyArticle(storyId), ['Ben Okafor']);
    const present = async () => (await ben.listStories()).find((row) => row.storyId === storyId)?.present ?? [];
    let seen: string[] = [];
    await until('Ben’s list (instance B) to show Ana (instance A) in the story', () => {
      void present().then((names) => (seen = names));
      return seen.includes('Ana Ruiz');
    });
    expect(seen).toEqual(['Ana Ruiz']);

    await ana.closeStory(storyId);
    await until('Ben’s list to drop Ana once she closes the story', () => {
      void present().then((names) => (seen = names));
      return seen.length === 0;
    });
  });

  it('drops the people of an instance that dies from the Shared list, once its presence entries expire', async () => {
    const redis = await startRedis();
    onCleanup(() => redis.stop());
    const directoryFile = join(await tempDir('newsroom-directory-'), 'directory.sqlite');
    const survivor = await startServer({ redis: { host: redis.host, port: redis.port }, directoryFile, name: 'instance-b' });
    const doomed = await spawnServer(await tempDir('newsroom-doomed-'), 0, ['--redis', `${redis.host}:${redis.port}`, '--directory', directoryFile, '--name', 'instance-a']);
    const ana = await startClient(doomed.url, survivor.users.issueToken('Ana Ruiz'));
    const ben = await startClient(survivor.url, survivor.users.issueToken('Ben Okafor'));
    await ana.shareStory(storyArticle(storyId), ['Ben Okafor']);
    let seen: string[] = [];
    const look = () => {
      void ben.listStories().then((rows) => (seen = rows.find((row) => row.storyId === storyId)?.present ?? []));
    };
    await until('Ben’s list (instance B) to show Ana, who is on instance A', () => {
      look();
      return seen.includes('Ana Ruiz');
    });

    doomed.child.kill('SIGKILL');
    await new Promise((resolve) => doomed.child.once('exit', resolve));
    // Nothing said goodbye for her: a list read now still has her, until her entry's lifetime runs out.
    seen = (await ben.listStories()).find((row) => row.storyId === storyId)?.present ?? [];
    expect(seen).toEqual(['Ana Ruiz']);
    await until(
      'Ben’s list to drop Ana after instance A died',
      () => {
        look();
        return seen.length === 0;
      },
      presenceTtlMs + 5_000,
    );
  }, 40_000);
});
