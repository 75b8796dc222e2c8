/**
 * Matching editors' reviews to the quotes of the current text: by key first, then a verified
 * quote whose words changed is found again by word overlap in order, so the UI can say "changed".
 */
import type { QuoteReview, ReviewStatus } from '../article/model';
import { normalisedWords } from './normalise';
import type { DetectedQuote } from './types';

/** The review that belongs to one quote, and the status to show for it. */
export interface ReviewMatch {
  quoteKey: string;
  /** Key under which the review is stored (differs from `quoteKey` when matched by similarity). */
  reviewKey: string | null;
  review: QuoteReview | null;
  /** `changed` when a verified quote's text is no longer what the editor verified. */
  status: ReviewStatus;
  isTextChanged: boolean;
}

/** Least share of words, in order, that a changed quote must keep to be recognised. */
export const minimumSimilarity = 0.6;

function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = a[i - 1] === b[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, current[j - 1] as number);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** Share of words two texts have in common, in the same order (1 = same words). */
export function orderedSimilarity(first: string, second: string): number {
  const a = normalisedWords(first);
  const b = normalisedWords(second);
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  const setB = new Set(b);
  const shared = a.filter((word) => setB.has(word)).length;
  if (shared / longest < minimumSimilarity) return shared / longest;
  return commonSubsequence(a, b) / longest;
}

function toMatch(quote: DetectedQuote, reviewKey: string | null, review: QuoteReview | null): ReviewMatch {
  const isTextChanged = review !== null && review.text !== quote.text;
  const status: ReviewStatus = review === null ? 'unreviewed' : isTextChanged && review.status === 'verified' ? 'changed' : review.status;
  return { quoteKey: quote.key, reviewKey, review, status, isTextChanged };
}

function bestCandidate(quote: DetectedQuote, candidates: ReadonlyMap<string, QuoteReview>): [string, QuoteReview] | null {
  let best: [string, QuoteReview] | null = null;
  let bestScore = minimumSimilarity;
  for (const [key, review] of candidates) {
    const score = orderedSimilarity(quote.text, review.text);
    if (score >= bestScore) {
      best = [key, review];
      bestScore = score;
    }
  }
  return best;
}

/** Returns, for each quote in order, its review: by exact key, else a leftover review of similar text. */
export function matchReviews(quotes: readonly DetectedQuote[], reviews: Readonly<Record<string, QuoteReview>>): ReviewMatch[] {
  const keys = new Set(quotes.map((quote) => quote.key));
  const leftovers = new Map(Object.entries(reviews).filter(([key]) => !keys.has(key)));
  return quotes.map((quote) => {
    const exact = reviews[quote.key];
    if (exact) return toMatch(quote, quote.key, exact);
    const candidate = bestCandidate(quote, leftovers);
    if (!candidate) return toMatch(quote, null, null);
    leftovers.delete(candidate[0]);
    return toMatch(quote, candidate[0], candidate[1]);
  });
}
