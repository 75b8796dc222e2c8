import { analyse } from '../../shared/attribution/index';
import type { AnalyserInput, AttributionResult } from '../../shared/attribution/types';

/** An analyser kept alive between analyses of the same article, so it may reuse what did not change. */
export interface LongLivedAnalyser {
  analyse(input: AnalyserInput): AttributionResult;
}

/**
 * The one place the worker gets its analyser. Today it is the stateless `analyse`, which reads
 * the whole article each time; the long-lived `createAnalyser()` of shared/attribution, with its
 * per-paragraph cache, replaces it here and nowhere else.
 */
export function createLongLivedAnalyser(): LongLivedAnalyser {
  return { analyse };
}
