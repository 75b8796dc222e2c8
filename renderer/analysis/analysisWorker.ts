/**
 * The analysis worker: keeps the open article's paragraphs and analyses them off the renderer's
 * main thread. Updates that arrive while it is busy are applied in order and answered by one
 * analysis of the newest state.
 */
import { createLongLivedAnalyser } from './analyser';
import { createAnalysisHost } from './analysisHost';
import type { AnalysisReply, AnalysisUpdate } from './protocol';

const scope = self as unknown as { onmessage: ((event: MessageEvent<AnalysisUpdate>) => void) | null; postMessage(reply: AnalysisReply): void };
const host = createAnalysisHost(createLongLivedAnalyser());
let isQueued = false;

function analyseNow(): void {
  isQueued = false;
  scope.postMessage(host.analyse());
}

scope.onmessage = (event) => {
  host.apply(event.data);
  if (isQueued) return;
  isQueued = true;
  // A task rather than a microtask, so updates already waiting are applied before analysing.
  setTimeout(analyseNow, 0);
};
