import { describe, expect, it } from 'vitest';
import { NewsroomClient } from '../../../../main/newsroom/newsroomClient';
import { startServer } from '../../../support/newsroom';
import { tempDir } from '../../../support/tempDir';

describe('going offline while the connection is still being made', () => {
  it('does not crash the process, and the client can still connect afterwards', async () => {
    const server = await startServer();
    const client = new NewsroomClient(await tempDir('newsroom-client-'), { serverUrl: server.url, token: server.users.issueToken('Ana Ruiz') });
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', record);
    try {
      // Offline and back before the handshake ends, at several points of it.
      for (let round = 0; round < 20; round++) {
        client.connect();
        await new Promise((resolve) => setTimeout(resolve, round % 5));
        client.goOffline();
        client.connect();
        await new Promise((resolve) => setTimeout(resolve, round % 3));
        client.goOffline();
      }
      client.connect();
      expect(await client.whoAmI()).toBe('Ana Ruiz');
    } finally {
      process.off('uncaughtException', record);
      await client.close();
    }
    expect(uncaught).toEqual([]);
  });
});
