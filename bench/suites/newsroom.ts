import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fork, type ChildProcess } from 'node:child_process';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket, { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { NewsroomClient } from '../../main/newsroom/newsroomClient';
import type { SharedStory } from '../../main/newsroom/sharedStory';
import { openNewsroomDatabase } from '../../main/newsroom/server/database';
import { Users } from '../../main/newsroom/server/users';
import { newArticle } from '../../shared/article/newArticle';
import { storyDocumentName } from '../../shared/collab/names';
import { addParagraph, typeInto } from '../../tests/support/typing';
import { Arrivals } from '../newsroom/arrivals';
import { startBenchServer } from '../newsroom/serverProcess';
import { result, type Result } from '../core/results';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`bench: timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** What the newsroom suite measures, and how much. */
export interface NewsroomBenchOptions {
  /** Edits timed from one client to another. */
  pairEdits: number;
  /** Clients on one story, and how long each types. */
  clients: number;
  typingSeconds: number;
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

/**
 * `count` clients on one story, each typing 5 characters a second into its own paragraph, in two
 * child processes (bare providers with their own sockets). Latency is keystroke → arrival at three
 * observing clients in this process, which apply every update.
 */
async function crowdLatency(url: string, tokens: string[], count: number, seconds: number, server: { cpuSeconds(): Promise<number | null>; rssMb(): Promise<number | null> }) {
  const storyId = crypto.randomUUID();
  const owner = new NewsroomClient(await mkdtemp(join(tmpdir(), 'bench-owner-')), { serverUrl: url, token: tokens[0] as string });
  owner.connect();
  const shared = await owner.shareStory(article(storyId), 'newsroom');
  await until('the owner to sync', () => owner.status(shared).kind === 'synced');
  for (let index = 0; index < count; index += 1) addParagraph(shared.doc, `client ${index}:`);
  const observers = Array.from({ length: 3 }, () => {
    const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket });
    const doc = new Y.Doc();
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: storyDocumentName(storyId), document: doc, token: tokens[1] as string });
    provider.attach();
    return { socket, doc, provider, seen: watchArrivals(doc) };
  });
  await until('the observers to sync', () => observers.every(({ provider, doc }) => provider.isSynced && doc.getXmlFragment('body').length === count + 1));
  const sent: { client: number; clock: number; at: number }[] = [];
  const half = Math.ceil(count / 2);
  const typists = join(import.meta.dirname, '..', 'newsroom', 'typists.ts');
  const workers: ChildProcess[] = [Array.from({ length: half }, (_, index) => index + 1), Array.from({ length: count - half }, (_, index) => half + index + 1)].map((paragraphs) =>
    fork(typists, [JSON.stringify({ url, storyId, tokens, paragraphs, keystrokesPerSecond: 5, seconds })], { execArgv: ['--import', 'tsx'] }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.once('exit', (code) => reject(new Error(`a typists process exited (${code}) before it was ready`)));
            worker.on('message', (message: { type: string; client: number; clock: number; at: number }) => {
              if (message.type === 'ready') resolve();
              else if (message.type === 'sent') sent.push(message);
            });
          }),
      ),
    );
  } catch (error) {
    workers.forEach((worker) => worker.kill());
    for (const { provider, socket } of observers) {
      provider.destroy();
      socket.destroy();
    }
    await owner.close();
    throw error;
  }
  const cpuBefore = await server.cpuSeconds();
  const started = performance.now();
  workers.forEach((worker) => worker.send({ type: 'go' }));
  await sleep(seconds * 1_000 + 2_000);
  const wall = (performance.now() - started) / 1_000;
  const cpuAfter = await server.cpuSeconds();
  const rss = await server.rssMb();
  const latencies: number[] = [];
  let lost = 0;
  for (const { seen } of observers) {
    for (const keystroke of sent) {
      const arrival = seen.get(keystroke.client)?.find(([clock]) => clock >= keystroke.clock);
      if (arrival) latencies.push(arrival[1] - keystroke.at);
      else lost += 1;
    }
  }
  await Promise.all(workers.map((worker) => new Promise((resolve) => {
    worker.removeAllListeners('exit');
    worker.once('exit', resolve);
    worker.send({ type: 'stop' });
  })));
  for (const { provider, socket } of observers) {
    provider.destroy();
    socket.destroy();
  }
  await owner.close();
  return { latencies, keystrokes: sent.length, cpuPercent: cpuBefore === null || cpuAfter === null ? null : ((cpuAfter - cpuBefore) / wall) * 100, rssMb: rss, lost };
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
    const crowd = await crowdLatency(server.url, tokens, options.clients, options.typingSeconds, server);
    log(`  crowd: ${crowd.keystrokes} keystrokes, ${crowd.latencies.length} arrivals timed, server CPU ${crowd.cpuPercent?.toFixed(0) ?? '?'}% of one core, RSS ${crowd.rssMb?.toFixed(0) ?? '?'} MB`);
    const merges: number[] = [];
    const localApplies: number[] = [];
    for (let run = 0; run < options.reconnectRuns; run += 1) {
      const { merged, baseline } = await reconnectMerge(server.url, tokens, folder, options.offlineEdits, run);
      merges.push(merged);
      localApplies.push(baseline);
    }
    const crowdNote = `${options.clients} clients × 5 keystrokes/s for ${options.typingSeconds} s (${crowd.keystrokes} keystrokes; typists in 2 child processes apply nothing they receive, see bench/newsroom/typists.ts); latency to 3 observing clients; server CPU ${crowd.cpuPercent === null ? 'unavailable' : `${crowd.cpuPercent.toFixed(0)}% of one core`}, RSS ${crowd.rssMb === null ? 'unavailable' : `${crowd.rssMb.toFixed(0)} MB`} (idle ${idleRss?.toFixed(0) ?? '?'} MB); ${crowd.lost} arrivals not seen; machine load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`;
    return [
      result('newsroom baseline: bare ws relay, one socket to another (loopback)', 'ms', relay),
      result('newsroom: edit on one client → visible on another (loopback)', 'ms', pair, [{ stat: 'p95', max: 50 }], 'sync clients with on-disk update logs; server in its own process'),
      result(`newsroom: ${options.clients} clients typing on one story, keystroke → visible`, 'ms', crowd.latencies, [{ stat: 'p95', max: 200 }], crowdNote),
      ...(crowd.cpuPercent === null ? [] : [result(`newsroom: server CPU with ${options.clients} clients typing`, '% of a core', [crowd.cpuPercent])]),
      ...(crowd.rssMb === null ? [] : [result(`newsroom: server RSS with ${options.clients} clients typing`, 'MB', [crowd.rssMb], [], `idle after start: ${idleRss?.toFixed(0) ?? '?'} MB`)]),
      result(`newsroom baseline: apply ${options.offlineEdits} edits to a local Y.Doc`, 'ms', localApplies),
      result(`newsroom: reconnect after ${options.offlineEdits} offline edits → merged on another client`, 'ms', merges, [{ stat: 'max', max: 1_000 }]),
    ];
  } finally {
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
}
