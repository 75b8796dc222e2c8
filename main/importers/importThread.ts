import { Worker } from 'node:worker_threads';
import { AppError, type ErrorPayload } from '../../shared/errors';
import { workerScript } from '../library/workerScript';
import type { ImportInput, ImportResult } from './types';

/** One file for the worker to import. */
export interface ImportJob {
  id: number;
  name: string;
  bytes: Uint8Array;
  now: string;
}

/** The worker's answer to one job. */
export type ImportReply = { id: number; ok: true; result: ImportResult } | { id: number; ok: false; error: ErrorPayload };

/**
 * Where the worker's code is: the built `importWorker.js` beside the bundled main process, or,
 * when running from sources (the CLI through tsx, the tests), `importWorker.ts` bundled into one
 * plain JavaScript file (`workerScript`). A worker that loaded the sources through tsx spent
 * seconds compiling them on each start, which a first import under load waited for.
 */
async function workerUrl(): Promise<URL> {
  const url = await workerScript('importWorker', import.meta.url);
  if (!url) throw new AppError('import-failed', 'this build of Copydesk has no import worker (importWorker.js is missing beside the main process)');
  return url;
}

/**
 * Runs imports (parsing and the attribution analyser) in a worker thread, one at a time, so a
 * huge file never blocks the main process's event loop. The thread starts on first use and is
 * started again if it dies; `close` ends it.
 */
export class ImportThread {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (result: ImportResult) => void; reject: (error: AppError) => void }>();
  /** Where the worker's code is, found once. */
  private script: Promise<URL> | null = null;

  private async start(): Promise<Worker> {
    this.script ??= workerUrl();
    const script = await this.script;
    if (this.worker) return this.worker;
    // No flags inherited: the script is plain JavaScript, and a loader hook (`--import tsx`) would
    // send every module it loads through the hook's thread.
    const worker = new Worker(script, { execArgv: [] });
    worker.unref();
    worker.on('message', (reply: ImportReply) => {
      const job = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      if (reply.ok) job?.resolve(reply.result);
      else job?.reject(new AppError(reply.error.code, reply.error.message));
    });
    const fail = (reason: string) => {
      if (this.worker === worker) this.worker = null;
      for (const job of this.waiting.values()) job.reject(new AppError('import-failed', `the importer stopped: ${reason}`));
      this.waiting.clear();
    };
    worker.on('error', (error) => fail(error.message));
    worker.on('exit', (code) => fail(`it exited with code ${code}`));
    this.worker = worker;
    return worker;
  }

  /** Imports one file in the worker; rejects with the importer's `AppError` when the file is refused. */
  async run(input: ImportInput, now: string): Promise<ImportResult> {
    const worker = await this.start();
    const id = this.nextId;
    this.nextId += 1;
    return new Promise<ImportResult>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, name: input.name, bytes: input.bytes, now } satisfies ImportJob);
    }).finally(() => {
      if (this.waiting.size === 0) this.worker?.unref();
    });
  }

  /** Ends the worker thread (pending imports are refused). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
