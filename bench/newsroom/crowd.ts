import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { NewsroomClient } from '../../main/newsroom/newsroomClient';
import { openNewsroomDatabase } from '../../main/newsroom/server/database';
import type { Article } from '../../shared/article/model';
import { storyDocumentName } from '../../shared/collab/names';
import { addParagraph } from '../../tests/support/typing';
import { cpuSecondsOf, runQueueSecondsOf, type BenchServer } from './serverProcess';
import { stampOf } from './stamps';

const median = (values: number[]) => (values.length === 0 ? null : ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number));
/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 5 ms; throws, naming `what`, after `timeoutMs`. */
export async function until(what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** Every update an observing client received: per Yjs client, the end clocks and the times they arrived. */
function watchArrivals(doc: Y.Doc): Map<number, [number, number][]> {
  const seen = new Map<number, [number, number][]>();
  doc.on('update', (update: Uint8Array) => {
    const at = performance.timeOrigin + performance.now();
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      const list = seen.get(client) ?? [];
      list.push([clock, at]);
      seen.set(client, list);
    }
  });
  return seen;
}

/** The legs of a keystroke's trip, in ms: each is a list over every (keystroke, observer) pair that saw all its stamps. */
export interface CrowdLegs {
  /** Keystroke in a typist process → the server reads it (includes the wait for the server's event loop). */
  toServer: number[];
  /** Server read → just before the SQLite append (the newsroom's hooks: authorship, access; Yjs apply). */
  hooks: number[];
  /** The synchronous SQLite append of the update (and its activity row). */
  sqlite: number[];
  /** After the append → the broadcast to every connection has been written. */
  fanOut: number[];
  /** Broadcast written → the observing client applied it (includes the observer process's wait). */
  toObserver: number[];
}

/** What the crowd run measured. */
export interface CrowdMeasurement {
  latencies: number[];
  legs: CrowdLegs;
  /** How late each keystroke was typed against its schedule: the typist processes' own CPU starvation. */
  typistLateness: number[];
  keystrokes: number;
  scheduled: number;
  lost: number;
  processes: number;
  /** CPU use over the typing window, % of one core: the server, all typist processes, this (observer) process. */
  cpu: { server: number | null; typists: number | null; observers: number };
  /** Share of the typing window (%) the server's main thread was runnable but waiting for a CPU. */
  serverRunQueue: number | null;
  /** Median keystroke → visible latency in the first and in the last second of typing (a growing backlog shows as a rise). */
  trend: { first: number | null; last: number | null };
  rssMb: number | null;
  /** Duration of each debounced store (snapshot compaction) during the run. */
  storeMs: number[];
}

/**
 * `count` clients on one story, each typing `keystrokesPerSecond` characters into its own paragraph,
 * spread over child processes of `perProcess` bare providers each (a typist applies nothing it
 * receives, see typists.ts). Latency is keystroke → arrival at three observing clients in this
 * process, split with the server's arrival stamps into its legs.
 */
export async function crowdLatency(
  server: BenchServer,
  tokens: string[],
  story: { id: string; article: Article },
  options: { count: number; seconds: number; perProcess: number; keystrokesPerSecond: number },
): Promise<CrowdMeasurement> {
  const { url } = server;
  const { count, seconds, perProcess, keystrokesPerSecond } = options;
  const ownerDir = await mkdtemp(join(tmpdir(), 'bench-owner-'));
  const owner = new NewsroomClient(ownerDir, { serverUrl: url, token: tokens[0] as string });
  owner.connect();
  const shared = await owner.shareStory(story.article, 'newsroom');
  await until('the owner to sync', () => owner.status(shared).kind === 'synced');
  for (let index = 0; index < count; index += 1) addParagraph(shared.doc, `client ${index}:`);
  const observers = Array.from({ length: 3 }, () => {
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: storyDocumentName(story.id), document: doc, token: tokens[1] as string });
    provider.attach();
    return { socket, doc, provider, seen: watchArrivals(doc) };
  });
  const closeAll = async (workers: ChildProcess[]) => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill();
    for (const { provider, socket } of observers) {
      provider.destroy();
      socket.destroy();
    }
    await owner.close();
    await rm(ownerDir, { recursive: true, force: true });
  };
  await until('the observers to sync', () => observers.every(({ provider, doc }) => provider.isSynced && doc.getXmlFragment('body').length === count + 1));
  const sent: { client: number; clock: number; at: number; late: number }[] = [];
  const typists = join(import.meta.dirname, 'typists.ts');
  const groups: number[][] = [];
  for (let first = 1; first <= count; first += perProcess) groups.push(Array.from({ length: Math.min(perProcess, count - first + 1) }, (_, index) => first + index));
  const workers: ChildProcess[] = groups.map((paragraphs) =>
    fork(typists, [JSON.stringify({ url, storyId: story.id, tokens, paragraphs, keystrokesPerSecond, seconds })], { execArgv: ['--import', 'tsx'] }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.once('exit', (code) => reject(new Error(`a typists process exited (${code}) before it was ready`)));
            worker.on('message', (message: { type: string; client: number; clock: number; at: number; late: number }) => {
              if (message.type === 'ready') resolve();
              else if (message.type === 'sent') sent.push(message);
            });
          }),
      ),
    );
  } catch (error) {
    await closeAll(workers);
    throw error;
  }
  const cpuOf = async () => ({ wait: await runQueueSecondsOf(server.pid), server: await server.cpuSeconds(), typists: await Promise.all(workers.map((worker) => cpuSecondsOf(worker.pid as number))), observers: process.cpuUsage() });
  const before = await cpuOf();
  const started = performance.now();
  workers.forEach((worker) => worker.send({ type: 'go' }));
  await sleep(seconds * 1_000 + 2_000);
  const wall = (performance.now() - started) / 1_000;
  const after = await cpuOf();
  const rssMb = await server.rssMb();
  const { table, storeMs } = await server.stamps();
  const percent = (seconds: number) => (seconds / wall) * 100;
  const typistSeconds = after.typists.reduce<number | null>((sum, end, index) => (sum === null || end === null || before.typists[index] == null ? null : sum + end - (before.typists[index] as number)), 0);
  const observerCpu = process.cpuUsage(before.observers);
  const latencies: number[] = [];
  const firstSecond: number[] = [];
  const lastSecond: number[] = [];
  const typingStart = Math.min(...sent.map(({ at }) => at));
  const legs: CrowdLegs = { toServer: [], hooks: [], sqlite: [], fanOut: [], toObserver: [] };
  let lost = 0;
  for (const { seen } of observers) {
    for (const keystroke of sent) {
      const arrival = seen.get(keystroke.client)?.find(([clock]) => clock >= keystroke.clock)?.[1];
      if (arrival === undefined) {
        lost += 1;
        continue;
      }
      latencies.push(arrival - keystroke.at);
      if (keystroke.at - typingStart < 1_000) firstSecond.push(arrival - keystroke.at);
      if (keystroke.at - typingStart > (seconds - 1) * 1_000) lastSecond.push(arrival - keystroke.at);
      const [arrived, beforeStore, afterStore, broadcast] = (['arrived', 'beforeStore', 'afterStore', 'sent'] as const).map((kind) => stampOf(table[kind], keystroke.client, keystroke.clock));
      if (arrived == null || beforeStore == null || afterStore == null || broadcast == null) continue;
      legs.toServer.push(arrived - keystroke.at);
      legs.hooks.push(beforeStore - arrived);
      legs.sqlite.push(afterStore - beforeStore);
      legs.fanOut.push(broadcast - afterStore);
      legs.toObserver.push(arrival - broadcast);
    }
  }
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise((resolve) => {
          worker.removeAllListeners('exit');
          worker.once('exit', resolve);
          worker.send({ type: 'stop' });
        }),
    ),
  );
  await closeAll([]);
  return {
    latencies,
    legs,
    typistLateness: sent.map(({ late }) => late),
    keystrokes: sent.length,
    scheduled: count * keystrokesPerSecond * seconds,
    lost,
    processes: workers.length,
    cpu: {
      server: before.server === null || after.server === null ? null : percent(after.server - before.server),
      typists: typistSeconds === null ? null : percent(typistSeconds),
      observers: percent((observerCpu.user + observerCpu.system) / 1e6),
    },
    serverRunQueue: before.wait === null || after.wait === null ? null : percent(after.wait - before.wait),
    trend: { first: median(firstSecond), last: median(lastSecond) },
    rssMb,
    storeMs,
  };
}

/** Baseline for the SQLite leg: `count` appends of a keystroke-sized update into a fresh database, one statement each, as the server does them. */
export async function sqliteAppendBaseline(count: number): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-sqlite-'));
  const db = openNewsroomDatabase(dir);
  const append = db.prepare('INSERT INTO updates (name, data) VALUES (?, ?)');
  const update = Buffer.alloc(32, 7);
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    append.run('story:bench', update);
    times.push(performance.now() - start);
  }
  db.close();
  await rm(dir, { recursive: true, force: true });
  return times;
}
