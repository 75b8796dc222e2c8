import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorPayload } from '../../shared/errors';
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
 * when running from sources (the CLI through tsx, the tests), `importWorker.ts` loaded through tsx.
 */
function workerUrl(): URL {
  const built = new URL('./importWorker.js', import.meta.url);
  if (built.protocol === 'file:' && existsSync(fileURLToPath(built))) return built;
  const source = new URL('./importWorker.ts', import.meta.url);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(source.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(boot)}`);
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

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerUrl());
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
  run(input: ImportInput, now: string): Promise<ImportResult> {
    const worker = this.start();
    const id = this.nextId;
    this.nextId += 1;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, name: input.name, bytes: input.bytes, now } satisfies ImportJob);
    }).finally(() => {
      if (this.waiting.size === 0) this.worker?.unref();
    }) as Promise<ImportResult>;
  }

  /** Ends the worker thread (pending imports are refused). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
