import { portOfWorker } from '../worker/port';
import type { AnalysisPort } from './analysisClient';
import type { AnalysisUpdate } from './protocol';
import { decodingPort, type AnalysisWireReply } from './replyChanges';

/**
 * Starts the analysis worker: a module worker that Vite bundles into one file of the renderer's
 * build, loaded from the app's own origin (`copydesk://app/assets/…`, allowed by `worker-src 'self'`).
 * Its results arrive as changes and are rebuilt here (see `replyChanges`).
 */
export function createWorkerPort(): AnalysisPort {
  return decodingPort(portOfWorker<AnalysisUpdate, AnalysisWireReply>(new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module', name: 'copydesk-analysis' })));
}
