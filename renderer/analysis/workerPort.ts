import { portOfWorker } from '../worker/port';
import type { AnalysisPort } from './analysisClient';
import type { AnalysisReply, AnalysisUpdate } from './protocol';

/**
 * Starts the analysis worker: a module worker that Vite bundles into one file of the renderer's
 * build, loaded from the app's own origin (`copydesk://app/assets/…`, allowed by `worker-src 'self'`).
 */
export function createWorkerPort(): AnalysisPort {
  return portOfWorker<AnalysisUpdate, AnalysisReply>(new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module', name: 'copydesk-analysis' }));
}
