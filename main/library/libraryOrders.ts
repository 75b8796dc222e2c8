/** The library's two orders (by date, by headline) and the search helpers the sorted lists use. */
import type { ArticleSummary } from '../../shared/ipc';

/** How two library rows compare in one of the library's orders. */
export type Compare = (a: ArticleSummary, b: ArticleSummary) => number;

/** The orders the library keeps. */
export type Sort = 'updated' | 'headline';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * What the headline order depends on besides the headlines: the ICU data and the collator's
 * settings. A stored headline order made under the same collation is taken without checking it.
 */
export const headlineCollation = JSON.stringify([process.versions.icu ?? '', collator.resolvedOptions()]);

/** Newest first; ties by id, so every article has exactly one place. */
export const byUpdated: Compare = (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Headline in a reader's alphabetical order (case and accents aside, numbers by value); untitled last; ties by id. */
export const byHeadline: Compare = (a, b) => collator.compare(a.headline || '\uffff', b.headline || '\uffff') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The comparison behind each order. */
export const compares: Record<Sort, Compare> = { updated: byUpdated, headline: byHeadline };

/** First index whose item is not before `item` (binary search). */
export function lowerBound(list: readonly ArticleSummary[], item: ArticleSummary, compare: Compare): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(list[middle] as ArticleSummary, item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** True when `list` is in `compare` order (a persisted order is checked before it is trusted). */
export function isSorted(list: readonly ArticleSummary[], compare: Compare): boolean {
  for (let index = 1; index < list.length; index += 1) if (compare(list[index - 1] as ArticleSummary, list[index] as ArticleSummary) >= 0) return false;
  return true;
}
