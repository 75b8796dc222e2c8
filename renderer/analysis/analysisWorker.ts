/**
 * The analysis worker: keeps the open article's paragraphs and analyses them off the renderer's
 * main thread. Updates that arrive while it is busy are applied in order and answered by one
 * analysis of the newest state.
 */
import { serveInWorker, type WorkerScope } from '../worker/port';
import { createLongLivedAnalyser } from './analyser';
import { createAnalysisHost } from './analysisHost';
import type { AnalysisReply, AnalysisUpdate } from './protocol';

const host = createAnalysisHost(createLongLivedAnalyser());
serveInWorker(self as unknown as WorkerScope<AnalysisUpdate, AnalysisReply>, {
  apply: (update) => host.apply(update),
  answer: () => host.analyse(),
  idle: () => host.rehearse(),
});
