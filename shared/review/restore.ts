import type { Article, QuoteReview } from '../article/model';
import { analyse } from '../attribution/index';
import { analyserInputFor } from '../publish/analyserInput';

/**
 * The article that restoring `revision` over `current` produces: the revision's fields and body,
 * but the current file's identity (id, slug, creation, publication record), its append-only
 * attribution log, corrections and status log, and every current review decision whose quote text is unchanged in the
 * restored body. The revision's own decisions fill in quotes the current file has none for.
 */
export function restoredArticle(current: Article, revision: Article): Article {
  return {
    ...revision,
    id: current.id,
    slug: current.slug,
    createdAt: current.createdAt,
    publication: current.publication,
    attributionLog: current.attributionLog,
    // Corrections and the status log are append-only records too, so a restore keeps the current ones.
    corrections: current.corrections,
    statusLog: current.statusLog,
    reviews: reviewsKeptOnRestore(current, revision),
  };
}

/**
 * Review decisions to keep when `revision`'s body is restored: a decision is kept when the restored
 * body still has a quote with the same key (same words, same occurrence) and the text the editor
 * decided on is that quote's text. Current decisions win over the revision's for the same quote.
 */
export function reviewsKeptOnRestore(current: Pick<Article, 'reviews'>, revision: Pick<Article, 'body' | 'sources' | 'reviews'>): Record<string, QuoteReview> {
  const quotes = analyse(analyserInputFor({ ...revision, reviews: {} })).quotes;
  const textByKey = new Map(quotes.map((quote) => [quote.key, quote.text]));
  const kept: Record<string, QuoteReview> = {};
  for (const [key, review] of Object.entries(revision.reviews)) if (textByKey.has(key)) kept[key] = review;
  for (const [key, review] of Object.entries(current.reviews)) if (textByKey.get(key) === review.text) kept[key] = review;
  return kept;
}
