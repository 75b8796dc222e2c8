import { createAnalyser } from '../../shared/attribution/index';
import type { MatchedResult } from '../../shared/attribution/index';
import type { AnalyserInput } from '../../shared/attribution/types';

/** An analyser kept alive between analyses of the same article, so it may reuse what did not change. */
export interface LongLivedAnalyser {
  /** The analysis with each quote's review match; the same object as the last call's while nothing in it changed. */
  analyseMatched(input: AnalyserInput): MatchedResult;
  /** Analyses `input` only to warm the analyser up; the answer `analyseMatched` keeps is untouched. */
  rehearse(input: AnalyserInput): void;
}

/**
 * The one place the worker (and the main-thread fallback) gets its analyser: a long-lived
 * `createAnalyser()` of its own, whose per-paragraph cache makes re-analysis after an edit cost
 * only the paragraphs whose text changed, and which shares nothing with any other analyser.
 */
export function createLongLivedAnalyser(): LongLivedAnalyser {
  return createAnalyser();
}
