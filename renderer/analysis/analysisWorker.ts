/**
 * The analysis worker: keeps the open article's paragraphs and analyses them off the renderer's
 * main thread. Updates that arrive while it is busy are applied in order and answered by one
 * analysis of the newest state.
 */
import { serveInWorker, type WorkerScope } from '../worker/port';
import { createLongLivedAnalyser } from './analyser';
import { createAnalysisHost } from './analysisHost';
import type { AnalysisUpdate } from './protocol';
import { createReplyEncoder, type AnalysisWireReply } from './replyChanges';

const host = createAnalysisHost(createLongLivedAnalyser());
const encode = createReplyEncoder();
serveInWorker(self as unknown as WorkerScope<AnalysisUpdate, AnalysisWireReply>, {
  apply: (update) => host.apply(update),
  answer: () => encode(host.analyse()),
  idle: () => host.rehearse(),
});
