import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileStat, ScanMessage, ScanTask, ScannedEntry, ScannedUnreadable } from './scanProtocol';
import { workerScript } from './workerScript';

/** What a scan of many files produced. */
export interface ScanOutcome {
  /** One index file's bytes per worker (empty unless the text was indexed). */
  snapshots: Uint8Array[];
}

/** Receives results as workers send them, so main can adopt entries while the rest are read. */
export interface ScanSink {
  onEntries(entries: ScannedEntry[], unreadable: ScannedUnreadable[]): void;
  onProgress?(done: number, total: number): void;
  onStats?(files: FileStat[]): void;
}

/** Worker threads a scan uses: one per core, at most `limit`. */
export function scanWorkerCount(limit = 4): number {
  return Math.max(1, Math.min(limit, availableParallelism()));
}

/** Thrown when this build has no worker script; callers then scan on their own thread. */
export class NoWorkerError extends Error {}

async function runWorker(task: ScanTask, sink: ScanSink, onDone: (done: number) => void, signal?: AbortSignal): Promise<Uint8Array | null> {
  const script = await workerScript('scanWorker');
  if (!script) throw new NoWorkerError('this build has no scan worker');
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('the scan was stopped'));
    const worker = new Worker(script, { workerData: task });
    let settled = false;
    const stop = () => finish(new Error('the scan was stopped'), null);
    signal?.addEventListener('abort', stop, { once: true });
    const finish = (error: Error | null, snapshot: Uint8Array | null) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', stop);
      void worker.terminate();
      if (error) reject(error);
      else resolve(snapshot);
    };
    worker.on('message', (message: ScanMessage) => {
      if (message.type === 'batch') {
        sink.onEntries(message.entries, message.unreadable);
        onDone(message.done);
      } else if (message.type === 'done') finish(null, message.snapshot ? new Uint8Array(message.snapshot) : null);
      else if (message.type === 'stats') {
        sink.onStats?.(message.files);
        finish(null, null);
      } else finish(new Error(`a scan worker failed: ${message.message}`), null);
    });
    worker.on('error', (error) => finish(error, null));
    worker.on('exit', (code) => finish(new Error(`a scan worker stopped early (exit code ${code})`), null));
  });
}

/**
 * Reads, validates and summarises `fileNames` in worker threads (one per core), sending
 * entries to `sink` as they come; with `withIndex`, each worker also indexes its files' text
 * and returns its part of the full-text index. Files are dealt out in turn, so each worker
 * gets a similar mix.
 */
export async function scanInWorkers(dir: string, workspace: string, fileNames: readonly string[], withIndex: boolean, sink: ScanSink, signal?: AbortSignal): Promise<ScanOutcome> {
  const count = Math.min(scanWorkerCount(), Math.max(1, Math.ceil(fileNames.length / 200)));
  const shares: string[][] = Array.from({ length: count }, () => []);
  fileNames.forEach((fileName, index) => shares[index % count]?.push(fileName));
  const progress = shares.map(() => 0);
  const report = (worker: number) => (done: number) => {
    progress[worker] = done;
    sink.onProgress?.(progress.reduce((sum, value) => sum + value, 0), fileNames.length);
  };
  const snapshots = await Promise.all(shares.map((share, worker) => runWorker({ kind: 'scan', dir, workspace, fileNames: share, withIndex }, sink, report(worker), signal)));
  return { snapshots: snapshots.filter((snapshot): snapshot is Uint8Array => snapshot !== null) };
}

/**
 * Lists a workspace folder's article files with their mtime and size in a worker thread, so
 * checking a warm index against the folder never holds up main.
 */
export async function statInWorker(dir: string, signal?: AbortSignal): Promise<FileStat[]> {
  let files: FileStat[] = [];
  await runWorker({ kind: 'stat', dir, workspace: dir, fileNames: [], withIndex: false }, { onEntries: () => undefined, onStats: (listed) => (files = listed) }, () => undefined, signal);
  return files;
}
