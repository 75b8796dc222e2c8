import { parentPort } from 'node:worker_threads';
import { analyse } from '../../shared/attribution/index';
import { AppError } from '../../shared/errors';
import { importFile } from './importFile';
import type { ImportJob, ImportReply } from './importThread';

/**
 * The import worker thread: parses a file and runs the attribution analyser on it, off the
 * main process's event loop, and posts back the article and its report (or the error).
 */
if (!parentPort) throw new RangeError('importWorker.ts runs only as a worker thread');
const port = parentPort;

port.on('message', (job: ImportJob) => {
  importFile({ name: job.name, bytes: job.bytes }, { analyse, now: job.now }).then(
    (result) => port.postMessage({ id: job.id, ok: true, result } satisfies ImportReply),
    (error: unknown) => {
      const payload = error instanceof AppError ? error.toPayload() : { code: 'import-failed' as const, message: `${job.name}: ${error instanceof Error ? error.message : String(error)}` };
      port.postMessage({ id: job.id, ok: false, error: payload } satisfies ImportReply);
    },
  );
});
