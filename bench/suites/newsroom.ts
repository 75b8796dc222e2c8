import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket, { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { NewsroomClient } from '../../main/newsroom/newsroomClient';
import type { SharedStory } from '../../main/newsroom/sharedStory';
import { openNewsroomDatabase } from '../../main/newsroom/server/database';
import { Users } from '../../main/newsroom/server/users';
import { newArticle } from '../../shared/article/newArticle';
import { typeInto } from '../../tests/support/typing';
import { Arrivals } from '../newsroom/arrivals';
import { crowdLatency, sleep, sqliteAppendBaseline, until } from '../newsroom/crowd';
import { startBenchServer } from '../newsroom/serverProcess';
import { result, type Result } from '../core/results';


/** What the newsroom suite measures, and how much. */
export interface NewsroomBenchOptions {
  /** Edits timed from one client to another. */
  pairEdits: number;
  /** Clients on one story, how long each types, and how many typing clients share one child process. */
  clients: number;
  typingSeconds: number;
  clientsPerProcess: number;
  /** Offline edits before a reconnect, and how many reconnects are timed. */
  offlineEdits: number;
  reconnectRuns: number;
}

/** Baseline: the same loopback hop with no Yjs or Hocuspocus, a bare `ws` server relaying a message from one socket to another. */
async function bareRelay(samples: number): Promise<number[]> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const peers: WebSocket[] = [];
  server.on('connection', (socket) => {
    peers.push(socket);
    socket.on('message', (data) => peers.filter((peer) => peer !== socket).forEach((peer) => peer.send(data)));
  });
  const { port } = server.address() as { port: number };
  const open = (socket: WebSocket) => new Promise((resolve) => socket.once('open', resolve));
  const sender = new WebSocket(`ws://127.0.0.1:${port}`);
  const receiver = new WebSocket(`ws://127.0.0.1:${port}`);
  await Promise.all([open(sender), open(receiver)]);
  await until('both sockets accepted', () => peers.length === 2);
  const latencies: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const arrived = new Promise<void>((resolve) => receiver.once('message', () => resolve()));
    const start = performance.now();
    sender.send(Buffer.alloc(40, index));
    await arrived;
    latencies.push(performance.now() - start);
    await sleep(10);
  }
  sender.close();
  receiver.close();
  await new Promise((resolve) => server.close(resolve));
  return latencies;
}

function article(id: string) {
  return newArticle(id, '2026-11-02T09:00:00.000Z', { slug: 'bench-story', headline: 'Bench story', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Start.' }] }] } });
}

/** Two sync clients (each with its own data folder and update log) on one story; one types, the other watches. */
async function pairLatency(url: string, tokens: string[], folder: string, edits: number): Promise<number[]> {
  const writer = new NewsroomClient(join(folder, 'writer'), { serverUrl: url, token: tokens[0] as string });
  const reader = new NewsroomClient(join(folder, 'reader'), { serverUrl: url, token: tokens[1] as string });
  writer.connect();
  reader.connect();
  const storyId = crypto.randomUUID();
  const mine = await writer.shareStory(article(storyId), 'newsroom');
  const theirs = await reader.openStory(storyId);
  await until('the reader to sync', () => reader.status(theirs).kind === 'synced' && theirs.doc.getText('headline').length > 0);
  const arrivals = new Arrivals();
  const stop = arrivals.watch(theirs.doc);
  for (let index = 0; index < edits; index += 1) {
    typeInto(mine.doc, 0, Number.MAX_SAFE_INTEGER, 'x');
    arrivals.sent(mine.doc);
    await until('the keystroke to arrive', () => arrivals.inFlight === 0, 10_000);
    await sleep(15);
  }
  stop();
  await writer.close();
  await reader.close();
  return arrivals.latencies;
}

/** One client types `edits` keystrokes offline, then reconnects; timed until another client holds them all. */
async function reconnectMerge(url: string, tokens: string[], folder: string, edits: number, run: number) {
  const writer = new NewsroomClient(join(folder, `offline-${run}`), { serverUrl: url, token: tokens[0] as string });
  const reader = new NewsroomClient(join(folder, `online-${run}`), { serverUrl: url, token: tokens[1] as string });
  writer.connect();
  reader.connect();
  const storyId = crypto.randomUUID();
  const mine: SharedStory = await writer.shareStory(article(storyId), 'newsroom');
  const theirs = await reader.openStory(storyId);
  await until('both to sync', () => writer.status(mine).kind === 'synced' && reader.status(theirs).kind === 'synced' && theirs.doc.getText('headline').length > 0);
  writer.goOffline();
  await until('the writer to be offline', () => writer.status(mine).kind === 'offline');
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  mine.doc.on('update', collect);
  for (let index = 0; index < edits; index += 1) typeInto(mine.doc, 0, Number.MAX_SAFE_INTEGER, index % 6 === 5 ? ' ' : 'e');
  mine.doc.off('update', collect);
  await mine.flush();
  const target = Y.getState(mine.doc.store, mine.doc.clientID);
  const start = performance.now();
  writer.connect();
  await until('the offline edits to reach the other client', () => Y.getState(theirs.doc.store, mine.doc.clientID) >= target && writer.status(mine).kind === 'synced');
  const merged = performance.now() - start;
  const local = new Y.Doc();
  const localStart = performance.now();
  Y.applyUpdate(local, Y.encodeStateAsUpdate(theirs.doc, Y.encodeStateVector(local)));
  for (const update of updates) Y.applyUpdate(local, update);
  const baseline = performance.now() - localStart;
  await writer.close();
  await reader.close();
  return { merged, baseline };
}

/**
 * The newsroom targets: an edit on one client visible on another over loopback (p95 ≤ 50 ms),
 * 50 clients typing on one story (p95 ≤ 200 ms, server CPU and memory reported), and a reconnect
 * after 1,000 offline edits merged within 1 s. Each beside a baseline measured in the same run.
 */
export async function measureNewsroom(options: NewsroomBenchOptions, log: (line: string) => void): Promise<Result[]> {
  const folder = await mkdtemp(join(tmpdir(), 'bench-newsroom-'));
  const setup = openNewsroomDatabase(join(folder, 'server'));
  const users = new Users(setup);
  const tokens = ['Ana Ruiz', 'Ben Okafor', 'Cy Moreau', 'Di Ng'].map((name) => users.issueToken(name));
  setup.close();
  const server = await startBenchServer(join(folder, 'server'));
  const idleRss = await server.rssMb();
  try {
    const relay = await bareRelay(options.pairEdits);
    const pair = await pairLatency(server.url, tokens, folder, options.pairEdits);
    log(`  pair: ${pair.length} edits timed`);
    const sqlite = await sqliteAppendBaseline(2_000);
    const crowdStory = crypto.randomUUID();
    const crowd = await crowdLatency(server, tokens, { id: crowdStory, article: article(crowdStory) }, { count: options.clients, seconds: options.typingSeconds, perProcess: options.clientsPerProcess, keystrokesPerSecond: 5 });
    const cpuNote = (value: number | null) => (value === null ? '?' : `${value.toFixed(0)}%`);
    log(`  crowd: ${crowd.keystrokes}/${crowd.scheduled} keystrokes in ${crowd.processes} processes, ${crowd.latencies.length} arrivals timed; CPU (of one core) server ${cpuNote(crowd.cpu.server)}, typists ${cpuNote(crowd.cpu.typists)}, observers ${cpuNote(crowd.cpu.observers)}; server waited for a CPU ${cpuNote(crowd.serverRunQueue)} of the time; median latency first second ${crowd.trend.first?.toFixed(0) ?? '?'} ms, last second ${crowd.trend.last?.toFixed(0) ?? '?'} ms; server RSS ${crowd.rssMb?.toFixed(0) ?? '?'} MB`);
    const merges: number[] = [];
    const localApplies: number[] = [];
    for (let run = 0; run < options.reconnectRuns; run += 1) {
      const { merged, baseline } = await reconnectMerge(server.url, tokens, folder, options.offlineEdits, run);
      merges.push(merged);
      localApplies.push(baseline);
    }
    const crowdName = `newsroom: ${options.clients} clients typing on one story`;
    const crowdNote = `${options.clients} clients × 5 keystrokes/s for ${options.typingSeconds} s (${crowd.keystrokes} of ${crowd.scheduled} scheduled keystrokes typed; typists in ${crowd.processes} child processes of ${options.clientsPerProcess}, applying nothing they receive, see bench/newsroom/typists.ts); latency to 3 observing clients; CPU of one core over the typing: server ${cpuNote(crowd.cpu.server)}, typists ${cpuNote(crowd.cpu.typists)}, observers ${cpuNote(crowd.cpu.observers)}; the server's main thread waited for a CPU ${cpuNote(crowd.serverRunQueue)} of the time; median latency in the first second of typing ${crowd.trend.first?.toFixed(0) ?? '?'} ms, in the last ${crowd.trend.last?.toFixed(0) ?? '?'} ms; server RSS ${crowd.rssMb === null ? 'unavailable' : `${crowd.rssMb.toFixed(0)} MB`} (idle ${idleRss?.toFixed(0) ?? '?'} MB); ${crowd.lost} arrivals not seen; machine load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`;
    const leg = (name: string, samples: number[], note: string) => (samples.length > 0 ? [result(`${crowdName}, leg: ${name}`, 'ms', samples, [], note)] : []);
    return [
      result('newsroom baseline: bare ws relay, one socket to another (loopback)', 'ms', relay),
      result('newsroom: edit on one client → visible on another (loopback)', 'ms', pair, [{ stat: 'p95', max: 50 }], 'sync clients with on-disk update logs; server in its own process, idle but for these two'),
      result(`${crowdName}, keystroke → visible`, 'ms', crowd.latencies, [{ stat: 'p95', max: 200 }], crowdNote),
      ...leg('keystroke → server reads it', crowd.legs.toServer, 'includes the wait for the server process to be scheduled and its event loop'),
      ...leg('server hooks (access, authorship, Yjs apply)', crowd.legs.hooks, 'server arrival stamp → just before the SQLite append'),
      ...leg('SQLite append in the server', crowd.legs.sqlite, 'synchronous, per update'),
      ...leg('broadcast to every connection', crowd.legs.fanOut, 'after the append → the batched broadcast written to all sockets'),
      ...leg('server broadcast → observer applied it', crowd.legs.toObserver, 'includes the wait for the observer process'),
      result(`${crowdName}: typist lateness against schedule`, 'ms', crowd.typistLateness, [], 'how starved the typist processes were for CPU'),
      result('newsroom baseline: one SQLite append of a keystroke update (fresh database, same machine)', 'ms', sqlite),
      ...(crowd.storeMs.length > 0 ? [result(`${crowdName}: debounced store (snapshot compaction)`, 'ms', crowd.storeMs, [], 'debounce 2 s, at most every 10 s while typing continues')] : []),
      ...(crowd.cpu.server === null ? [] : [result(`newsroom: server CPU with ${options.clients} clients typing`, '% of a core', [crowd.cpu.server], [], `CPU per keystroke (with its ${options.clients}-way broadcast): ${((crowd.cpu.server * 10 * (options.typingSeconds + 2)) / Math.max(1, crowd.keystrokes)).toFixed(2)} ms`)]),
      ...(crowd.serverRunQueue === null ? [] : [result(`newsroom: server runnable but waiting for a CPU, ${options.clients} clients typing`, '% of the time', [crowd.serverRunQueue], [], 'kernel run-queue wait of the server main thread (/proc/<pid>/schedstat) over the typing window')]),
      ...(crowd.rssMb === null ? [] : [result(`newsroom: server RSS with ${options.clients} clients typing`, 'MB', [crowd.rssMb], [], `idle after start: ${idleRss?.toFixed(0) ?? '?'} MB`)]),
      result(`newsroom baseline: apply ${options.offlineEdits} edits to a local Y.Doc`, 'ms', localApplies),
      result(`newsroom: reconnect after ${options.offlineEdits} offline edits → merged on another client`, 'ms', merges, [{ stat: 'max', max: 1_000 }]),
    ];
  } finally {
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
}
