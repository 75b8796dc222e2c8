import { articleStatuses, type ArticleStatus } from '../../shared/article/model';
import type { ArticleSummary } from '../../shared/ipc';

type Compare = (a: ArticleSummary, b: ArticleSummary) => number;
/** The orders the library keeps. */
export type Sort = 'updated' | 'headline';
type StatusKey = ArticleStatus | 'all';

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

const compares: Record<Sort, Compare> = { updated: byUpdated, headline: byHeadline };

/** First index whose item is not before `item` (binary search). */
function lowerBound(list: readonly ArticleSummary[], item: ArticleSummary, compare: Compare): number {
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

/**
 * The library's rows kept sorted by date and by headline, for all articles and per status, and
 * updated one article at a time (binary search and one splice per list), so listing, sorting and
 * filtering never sort the whole library.
 */
export class SortedLists {
  private readonly lists = new Map<StatusKey, Record<Sort, ArticleSummary[]>>();
  private readonly members = new Map<string, ArticleSummary>();
  /** Each row's position in the whole library's headline list, made when a search first needs it after a change. */
  private headlineRank: Map<ArticleSummary, number> | null = null;

  constructor() {
    for (const key of ['all', ...articleStatuses] as const) this.lists.set(key, { updated: [], headline: [] });
  }

  /**
   * Replaces everything with `rows`. `orders` are the rows already sorted by date and by headline
   * (from the persisted index); they are used when valid, else the rows are sorted once. The date
   * order is checked; the headline order (whose check costs a collator comparison per row) only
   * when it was stored under another collation than this process's (`headlineCollation`).
   */
  load(rows: readonly ArticleSummary[], orders?: { updated: ArticleSummary[]; headline: ArticleSummary[]; collation: string }): void {
    this.members.clear();
    this.headlineRank = null;
    for (const row of rows) this.members.set(row.id, row);
    const fits = (list: ArticleSummary[] | undefined): list is ArticleSummary[] => list !== undefined && list.length === this.members.size;
    const all = {
      updated: orders && fits(orders.updated) && isSorted(orders.updated, byUpdated) ? orders.updated : [...this.members.values()].sort(byUpdated),
      headline: orders && fits(orders.headline) && (orders.collation === headlineCollation || isSorted(orders.headline, byHeadline)) ? orders.headline : [...this.members.values()].sort(byHeadline),
    };
    this.lists.set('all', all);
    const byStatus = new Map(articleStatuses.map((status) => [status, { updated: [] as ArticleSummary[], headline: [] as ArticleSummary[] }]));
    for (const sort of ['updated', 'headline'] as const) for (const row of all[sort]) byStatus.get(row.status)?.[sort].push(row);
    for (const [status, lists] of byStatus) this.lists.set(status, lists);
  }

  /** Adds an article's row, or moves it when it replaces an earlier row with the same id. */
  put(row: ArticleSummary): void {
    this.remove(row.id);
    this.members.set(row.id, row);
    this.headlineRank = null;
    for (const key of ['all', row.status] as const) {
      const lists = this.lists.get(key) as Record<Sort, ArticleSummary[]>;
      for (const sort of ['updated', 'headline'] as const) lists[sort].splice(lowerBound(lists[sort], row, compares[sort]), 0, row);
    }
  }

  /** Removes an article's row, if listed. */
  remove(id: string): void {
    const old = this.members.get(id);
    if (!old) return;
    this.members.delete(id);
    this.headlineRank = null;
    for (const key of ['all', old.status] as const) {
      const lists = this.lists.get(key) as Record<Sort, ArticleSummary[]>;
      for (const sort of ['updated', 'headline'] as const) {
        const list = lists[sort];
        const index = lowerBound(list, old, compares[sort]);
        if (list[index] !== old) throw new RangeError(`SortedLists: the row of ${id} is not where its order puts it`);
        list.splice(index, 1);
      }
    }
  }

  /** The listed row of an article. */
  get(id: string): ArticleSummary | undefined {
    return this.members.get(id);
  }

  get size(): number {
    return this.members.size;
  }

  /** The rows with a status (or all), in a sort order; the array is live and must not be changed. */
  list(status: StatusKey, sort: Sort): readonly ArticleSummary[] {
    return (this.lists.get(status) as Record<Sort, ArticleSummary[]>)[sort];
  }

  /** Positions in the whole library's headline list, kept until the lists change. */
  private headlineRanks(): Map<ArticleSummary, number> {
    if (!this.headlineRank) {
      const rank = new Map<ArticleSummary, number>();
      const list = this.list('all', 'headline');
      for (let position = 0; position < list.length; position += 1) rank.set(list[position] as ArticleSummary, position);
      this.headlineRank = rank;
    }
    return this.headlineRank;
  }

  /**
   * Sorts a subset of rows (search results) in `sort` order without sorting the whole library.
   * Many matches: the sorted list is walked. Few: they are sorted, by date directly, by headline
   * by their positions in the whole headline list (a status's list is in the same order), so no
   * headline is collated per search.
   */
  order(ids: ReadonlySet<string>, status: StatusKey, sort: Sort): ArticleSummary[] {
    const list = this.list(status, sort);
    // Walking the sorted list costs one lookup per article; sorting the matches about log2(m) comparisons each.
    if (ids.size * Math.log2(ids.size + 1) * 4 > list.length) return list.filter((row) => ids.has(row.id));
    const rows: ArticleSummary[] = [];
    for (const id of ids) {
      const row = this.members.get(id);
      if (row && (status === 'all' || row.status === status)) rows.push(row);
    }
    if (sort === 'updated') return rows.sort(byUpdated);
    const rank = this.headlineRanks();
    return rows.sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number));
  }
}
