import { describe, it } from 'vitest';
import { spawnServer, startClient, storyArticle, until } from '../../../support/newsroom';
import { addUser } from '../../../support/newsroomUsers';
import { tempDir } from '../../../support/tempDir';

// Eight stories at once, four rounds each, against a server in its own process (in this process the
// race never shows): before each provider had its own session, a run failed within four rounds.
const storyIds = Array.from({ length: 8 }, (_, index) => `1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f${index}`);
const rounds = 4;

describe('a shared story closed and at once opened again (fetched, then joined by the window)', () => {
  it('syncs again and keeps receiving what others change, every time', async () => {
    const dataDir = await tempDir('newsroom-server-');
    const [anaToken, benToken] = [addUser(dataDir, 'Ana Ruiz'), addUser(dataDir, 'Ben Okafor')];
    const server = await spawnServer(dataDir, 0);
    const ana = await startClient(server.url, anaToken);
    const ben = await startClient(server.url, benToken);
    await Promise.all([ana.whoAmI(), ben.whoAmI()]);
    const cycle = async (storyId: string) => {
      const anaStory = await ana.shareStory(storyArticle(storyId), ['Ben Okafor']);
      for (let round = 1; round <= rounds; round += 1) {
        const where = `story …${storyId.slice(-2)}, round ${round}`;
        const fetched = await ben.openStory(storyId);
        await until(`${where}: the story to arrive`, () => fetched.doc.getText('headline').length > 0);
        await ben.closeStory(storyId);
        const joined = await ben.openStory(storyId);
        await until(`${where}: the reopened story to sync`, () => ben.status(joined).kind === 'synced', 5_000);
        anaStory.doc.getMap('fields').set('status', `editing-${round}`);
        await until(`${where}: Ben to receive Ana's change`, () => joined.doc.getMap('fields').get('status') === `editing-${round}`, 5_000);
        await ben.closeStory(storyId);
      }
    };
    await Promise.all(storyIds.map(cycle));
  }, 120_000);
});
