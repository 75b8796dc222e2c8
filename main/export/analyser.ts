import type { Article } from '../../shared/article/model';
import type { AttributionResult } from '../../shared/attribution/types';
import { analyserInputFor } from '../../shared/publish';

/**
 * Loads the attribution analyser lazily (it is only needed to publish or check, not to preview)
 * and returns a function that analyses a whole article.
 */
export async function loadArticleAnalyser(): Promise<(article: Article) => AttributionResult> {
  const { analyse } = await import('../../shared/attribution/index');
  return (article) => analyse(analyserInputFor(article));
}
