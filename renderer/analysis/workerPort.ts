import type { AnalysisPort } from './analysisClient';
import type { AnalysisReply, AnalysisUpdate } from './protocol';

/**
 * Starts the analysis worker: a module worker that Vite bundles into one file of the renderer's
 * build, loaded from the app's own origin (`copydesk://app/assets/…`, allowed by `worker-src 'self'`).
 */
export function createWorkerPort(): AnalysisPort {
  const worker = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module', name: 'copydesk-analysis' });
  return {
    send: (update: AnalysisUpdate) => worker.postMessage(update),
    listen(onReply, onFailure) {
      worker.onmessage = (event: MessageEvent<AnalysisReply>) => onReply(event.data);
      // A script that cannot be loaded fires a plain Event; an uncaught error inside the worker an ErrorEvent.
      worker.onerror = (event) => onFailure(event instanceof ErrorEvent && event.message ? event.message : 'the worker script could not be loaded');
    },
    close: () => worker.terminate(),
  };
}
