import { createSameThreadPort } from '../worker/port';
import { createLongLivedAnalyser } from './analyser';
import type { AnalysisPort } from './analysisClient';
import { createAnalysisHost } from './analysisHost';

/**
 * The analysis protocol served on this thread, for when the worker cannot run: analysis then
 * costs the main thread again, but the review keeps working.
 */
export function createInlinePort(): AnalysisPort {
  const host = createAnalysisHost(createLongLivedAnalyser());
  return createSameThreadPort({ apply: (update) => host.apply(update), answer: () => host.analyse() });
}
