import type { ChildProcess } from 'node:child_process';
import { afterEach } from 'vitest';
import { NewsroomClient } from '../../main/newsroom/newsroomClient';
import { startNewsroomServer, type NewsroomServerOptions, type RunningNewsroomServer } from '../../main/newsroom/server/newsroomServer';
import { newArticle } from '../../shared/article/newArticle';
import type { Article } from '../../shared/article/model';
import { launchNewsroomServer } from './serverProcess';
import { tempDir } from './tempDir';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

/** Polls `check` every 20 ms until it returns true; fails with `what` after `timeoutMs`. */
export async function until(what: string, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** An in-process newsroom server on a free loopback port, closed after the test. */
export async function startServer(options: Partial<NewsroomServerOptions> = {}): Promise<RunningNewsroomServer> {
  const server = await startNewsroomServer({ dataDir: options.dataDir ?? (await tempDir('newsroom-server-')), port: 0, ...options });
  cleanups.push(() => server.close());
  return server;
}

/** A sync client with its own data folder, connected to `url` with `token`, closed after the test. */
export async function startClient(url: string, token: string, dataDir?: string): Promise<NewsroomClient> {
  const client = new NewsroomClient(dataDir ?? (await tempDir('newsroom-client-')), { serverUrl: url, token });
  cleanups.push(() => client.close());
  client.connect();
  return client;
}

/** A small article with a fixed id. */
export function storyArticle(id: string, fields: Partial<Article> = {}): Article {
  return newArticle(id, '2026-11-02T09:00:00.000Z', {
    slug: 'council-vote',
    headline: 'Council votes on the bridge',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The council met on Tuesday.' }] }] },
    sources: [{ id: 'src-1', kind: 'person', name: 'Mara Lind', title: 'mayor', affiliation: '', level: 'on-record', anonymityReason: '', contactNote: 'private: 555-0100', identity: '' }],
    ...fields,
  });
}

/** A newsroom server in a real child process (`npm run server`'s entry), killed after the test. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
}

/**
 * Starts `main/newsroom/server/cli.ts` on `port` with `dataDir` and any further options `args`
 * (see `launchNewsroomServer`), killed after the test; waits for it to listen.
 */
export async function spawnServer(dataDir: string, port: number, args: string[] = []): Promise<ServerProcess> {
  const { child, listening } = launchNewsroomServer(dataDir, port, undefined, args);
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return { url: await listening, child };
}

/** Registers extra clean-up work for the current test. */
export function onCleanup(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}
