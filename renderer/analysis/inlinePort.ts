import { createSameThreadPort } from '../worker/port';
import { createLongLivedAnalyser } from './analyser';
import type { AnalysisPort } from './analysisClient';
import { createAnalysisHost } from './analysisHost';
import { createReplyEncoder, decodingPort } from './replyChanges';

/**
 * The analysis protocol served on this thread, for when the worker cannot run: analysis then
 * costs the main thread again, but the review keeps working. Results go as changes, as from the
 * worker, so unchanged items stay the objects the renderer holds.
 */
export function createInlinePort(): AnalysisPort {
  const host = createAnalysisHost(createLongLivedAnalyser());
  const encode = createReplyEncoder();
  return decodingPort(createSameThreadPort({ apply: (update) => host.apply(update), answer: () => encode(host.analyse()) }));
}
