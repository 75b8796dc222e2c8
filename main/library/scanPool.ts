import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileStat, ScanMessage, ScanTask, ScannedEntry, ScannedRejected, ScannedUnreadable, WorkerTask } from './scanProtocol';
import { workerScript } from './workerScript';

/** What a scan of many files produced. */
export interface ScanOutcome {
  /** One index file's bytes per worker (empty unless the text was indexed). */
  snapshots: Uint8Array[];
  /** Per worker, the thread priority its index pass ran at (null: not indexed, or no per-thread priority here). */
  niceness: (number | null)[];
}

/** Receives results as workers send them, so main can adopt entries while the rest are read. */
export interface ScanSink {
  onEntries(entries: ScannedEntry[], unreadable: ScannedUnreadable[]): void;
  /** Files listed from the light check that failed the full check (see `ScannedRejected`). */
  onRejected?(files: ScannedRejected[]): void;
  onProgress?(done: number, total: number): void;
  onStats?(files: FileStat[]): void;
}

/** Worker threads a scan uses: one per core, at most `limit`. */
export function scanWorkerCount(limit = 4): number {
  return Math.max(1, Math.min(limit, availableParallelism()));
}

/** Thrown when this build has no worker script; callers then scan on their own thread. */
export class NoWorkerError extends Error {}

/**
 * The flags a worker starts with: this process's, less module loader hooks (`--import tsx` when
 * run from source). The worker script is already plain JavaScript, and a hook would send every
 * module the worker loads through the loader's thread.
 */
function workerExecArgv(): string[] | undefined {
  const kept: string[] = [];
  const args = process.execArgv;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (['--import', '--loader', '--experimental-loader', '--require', '-r'].includes(arg)) index += 1;
    else if (!/^--(import|loader|experimental-loader|require)=/.test(arg)) kept.push(arg);
  }
  // Nothing to leave out: inherit as usual (flags given explicitly are checked, inherited ones are not).
  return kept.length === args.length ? undefined : kept;
}

/** Starts a worker without loader hooks; when a remaining flag is one a worker refuses (`--expose-gc`), with none. */
function startWorker(script: URL, task: WorkerTask, transferList: ArrayBuffer[] = []): Worker {
  const execArgv = workerExecArgv();
  try {
    return new Worker(script, { workerData: task, execArgv, transferList });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(script, { workerData: task, execArgv: [], transferList });
  }
}

/** The buffers of `parts` that can be moved to a worker: each a plain buffer one part spans whole (others are copied). */
function movableBuffers(parts: readonly Uint8Array[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const part of parts) {
    const { buffer } = part;
    if (buffer instanceof ArrayBuffer && part.byteOffset === 0 && part.byteLength === buffer.byteLength && part.byteLength > 0) buffers.add(buffer);
  }
  return [...buffers];
}

/** A running worker: when it has sent every summary, and when it is done (with its index part). */
interface WorkerRun {
  scanned: Promise<void>;
  done: Promise<WorkerPart>;
}

/** What one worker hands back when done: its index part and the priority it built it at. */
interface WorkerPart {
  snapshot: Uint8Array | null;
  niceness: number | null;
}

/** Marks a promise as handled (its rejection is also seen by whoever awaits it). */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function runWorker(task: ScanTask, sink: ScanSink, onDone: (done: number) => void, signal?: AbortSignal): WorkerRun {
  let markScanned: () => void = () => undefined;
  let failScanned: (error: Error) => void = () => undefined;
  const scanned = quiet(new Promise<void>((resolve, reject) => {
    markScanned = resolve;
    failScanned = reject;
  }));
  const done = quiet((async () => {
    const script = await workerScript('scanWorker');
    if (!script) throw new NoWorkerError('this build has no scan worker');
    return new Promise<WorkerPart>((resolve, reject) => {
      if (signal?.aborted) return reject(new Error('the scan was stopped'));
      const worker = startWorker(script, task);
      let settled = false;
      const stop = () => finish(new Error('the scan was stopped'), null);
      signal?.addEventListener('abort', stop, { once: true });
      const finish = (error: Error | null, snapshot: Uint8Array | null, niceness: number | null = null) => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', stop);
        void worker.terminate();
        if (error) reject(error);
        else resolve({ snapshot, niceness });
      };
      worker.on('message', (message: ScanMessage) => {
        if (message.type === 'batch') {
          sink.onEntries(message.entries, message.unreadable);
          if (!task.withIndex) onDone(message.done);
        } else if (message.type === 'scanned') markScanned();
        else if (message.type === 'indexed') onDone(message.done);
        else if (message.type === 'rejected') sink.onRejected?.(message.files);
        else if (message.type === 'done') finish(null, message.snapshot ? new Uint8Array(message.snapshot) : null, message.niceness);
        else if (message.type === 'stats') {
          sink.onStats?.(message.files);
          finish(null, null);
        } else finish(new Error(`a scan worker failed: ${message.type === 'failed' ? message.message : `it sent ${message.type}`}`), null);
      });
      worker.on('error', (error) => finish(error, null));
      worker.on('exit', (code) => finish(new Error(`a scan worker stopped early (exit code ${code})`), null));
    });
  })());
  // A worker that ends (or fails) before sending its summaries settles `scanned` the same way.
  done.then(() => markScanned(), (error: unknown) => failScanned(error instanceof Error ? error : new Error(String(error))));
  return { scanned, done };
}

/** A scan under way: first every summary is in, then every index part. */
export interface ScanRun {
  /** Resolves when every worker has sent its files' summaries (the library can list them). */
  scanned: Promise<void>;
  /** Resolves when every worker is done, with the index parts when the text was indexed. */
  finished: Promise<ScanOutcome>;
}

/**
 * Reads and summarises `fileNames` in worker threads (one per core), sending entries to `sink`
 * as they come. With `withIndex`, each worker then reads its files again, checks them in full and
 * indexes their text, returning its part of the full-text index (the first pass then lists a file
 * from a light check of its row fields, and files that fail the full check go to
 * `sink.onRejected`); without `withSummaries` it only checks and indexes. Workers take files in
 * chunks from a shared position as they go, so one slowed by other load reads fewer. The index
 * pass runs at the lowest thread priority where threads have their own (`threadPriority.ts`), so
 * it uses only what the window, main and the other workers' listing leave of the cores. Progress
 * counts indexed files when indexing, else summarised ones.
 */
export function scanInWorkers(dir: string, workspace: string, fileNames: readonly string[], passes: { withSummaries: boolean; withIndex: boolean }, sink: ScanSink, signal?: AbortSignal): ScanRun {
  const count = Math.min(scanWorkerCount(), Math.max(1, Math.ceil(fileNames.length / 200)));
  // Every worker gets the whole list and takes chunks from a shared position, so a worker slowed by other load takes fewer files.
  const next = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const names = [...fileNames];
  const progress = Array.from({ length: count }, () => 0);
  const report = (worker: number) => (done: number) => {
    progress[worker] = done;
    sink.onProgress?.(progress.reduce((sum, value) => sum + value, 0), fileNames.length);
  };
  const runs = progress.map((_, worker) => runWorker({ kind: 'scan', dir, workspace, fileNames: names, next, ...passes }, sink, report(worker), signal));
  const finished = quiet(Promise.all(runs.map((run) => run.done)).then((parts) => ({
    snapshots: parts.map((part) => part.snapshot).filter((snapshot): snapshot is Uint8Array => snapshot !== null),
    niceness: parts.map((part) => part.niceness),
  })));
  return { scanned: quiet(Promise.all(runs.map((run) => run.scanned)).then(() => undefined)), finished };
}

/**
 * Lists a workspace folder's article files with their mtime and size in a worker thread, so
 * checking a warm index against the folder never holds up main.
 */
export async function statInWorker(dir: string, signal?: AbortSignal): Promise<FileStat[]> {
  let files: FileStat[] = [];
  await runWorker({ kind: 'stat', dir, workspace: dir, fileNames: [], withSummaries: false, withIndex: false, next: null }, { onEntries: () => undefined, onStats: (listed) => (files = listed) }, () => undefined, signal).done;
  return files;
}

/**
 * Joins index parts into one index file's bytes (`mergeSnapshots`) in a worker thread at the
 * lowest priority, so main keeps answering the window meanwhile. A part that owns its whole
 * buffer is moved to the worker, not copied (copying 50,000 articles' parts held main for a
 * fifth of a second): it is empty to the caller afterwards. Rejects with `NoWorkerError`, the
 * parts untouched, in a build without the worker script.
 */
export async function mergeInWorker(parts: readonly Uint8Array[], workspace: string, journal: string): Promise<Uint8Array> {
  const script = await workerScript('scanWorker');
  if (!script) throw new NoWorkerError('this build has no scan worker');
  const worker = startWorker(script, { kind: 'merge', workspace, journal, parts: [...parts] }, movableBuffers(parts));
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      worker.on('message', (message: ScanMessage) => {
        if (message.type === 'merged') resolve(new Uint8Array(message.bytes));
        else reject(new Error(`the index merge worker failed: ${message.type === 'failed' ? message.message : `it sent ${message.type}`}`));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`the index merge worker stopped early (exit code ${code})`)));
    });
  } finally {
    void worker.terminate();
  }
}
