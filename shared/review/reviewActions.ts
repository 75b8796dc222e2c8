import type { Article, AttributionLogEntry, QuoteReview, ReviewStatus } from '../article/model';
import type { ReviewMatch } from '../attribution/reviews';
import type { DetectedQuote } from '../attribution/types';

/** What an editor decided about one quote. Fields left out keep their previous value. */
export interface ReviewChange {
  status?: Exclude<ReviewStatus, 'changed'>;
  note?: string;
  speakerOverride?: string | null;
}

type ReviewFields = Pick<Article, 'reviews' | 'attributionLog'>;

function entry(who: string, at: string, quoteKey: string, change: AttributionLogEntry['change'], from: string, to: string): AttributionLogEntry {
  return { at, who, quoteKey, change, from, to };
}

/**
 * Records an editor's decision on a quote: the review is stored under the quote's current key
 * (moved from an older key when the text changed) and every changed field is appended to the log.
 */
export function applyReview(article: ReviewFields, quote: DetectedQuote, match: ReviewMatch | undefined, change: ReviewChange, who: string, at: string): ReviewFields {
  const previous = match?.review ?? null;
  const next: QuoteReview = {
    status: change.status ?? previous?.status ?? 'unreviewed',
    text: change.status ? quote.text : (previous?.text ?? quote.text),
    speakerOverride: change.speakerOverride !== undefined ? change.speakerOverride : (previous?.speakerOverride ?? null),
    note: change.note ?? previous?.note ?? '',
    reviewer: who,
    at,
  };
  const log: AttributionLogEntry[] = [];
  const shownStatus = match?.status ?? 'unreviewed';
  if (change.status && change.status !== shownStatus) log.push(entry(who, at, quote.key, 'status', shownStatus, change.status));
  if (change.speakerOverride !== undefined && change.speakerOverride !== (previous?.speakerOverride ?? null)) {
    log.push(entry(who, at, quote.key, 'speaker', previous?.speakerOverride ?? quote.speaker ?? '', change.speakerOverride ?? quote.speaker ?? ''));
  }
  if (change.note !== undefined && change.note !== (previous?.note ?? '')) log.push(entry(who, at, quote.key, 'note', previous?.note ?? '', change.note));
  const reviews = { ...article.reviews };
  if (match?.reviewKey && match.reviewKey !== quote.key) delete reviews[match.reviewKey];
  reviews[quote.key] = next;
  return { reviews, attributionLog: [...article.attributionLog, ...log] };
}

/**
 * Follows reviewed quotes whose text was edited: the review moves to the quote's new key,
 * keeping the text the editor saw (so it shows "changed since verified"), and the edit is logged.
 * Returns null when nothing moved.
 */
export function followEditedQuotes(article: ReviewFields, quotes: readonly DetectedQuote[], matches: readonly ReviewMatch[], who: string, at: string): ReviewFields | null {
  let result: ReviewFields | null = null;
  quotes.forEach((quote, index) => {
    const match = matches[index];
    if (!match?.review || !match.reviewKey || match.reviewKey === quote.key) return;
    const current = result ?? { reviews: { ...article.reviews }, attributionLog: [...article.attributionLog] };
    delete current.reviews[match.reviewKey];
    current.reviews[quote.key] = match.review;
    current.attributionLog.push(entry(who, at, quote.key, 'text', match.review.text, quote.text));
    result = current;
  });
  return result;
}
