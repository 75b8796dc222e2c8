import type { ArticleStatus } from '../../shared/article/model';
import type { ArticleSummary } from '../../shared/ipc';
import { byHeadline, byUpdated, compares, headlineCollation, isSorted, lowerBound, type Sort } from './libraryOrders';
import { mergeSorted, sortInSlices } from './sliceSort';

export { byHeadline, byUpdated, headlineCollation, isSorted, type Sort } from './libraryOrders';

type StatusKey = ArticleStatus | 'all';

/** Spacing of the headline labels when they are (re)made: room for about 40 halvings between neighbours before a relabel. */
const labelStep = 2 ** 40;

/**
 * The library's rows kept sorted by date and by headline, for all articles and per status, and
 * updated one article at a time (binary search and one splice per list), so listing, sorting and
 * filtering never sort the whole library. A status's lists are made from the whole library's the
 * first time that status is asked for (a start builds only the two lists it lists from), then
 * kept like the others.
 */
export class SortedLists {
  private all: Record<Sort, ArticleSummary[]> = { updated: [], headline: [] };
  /**
   * False after rows were sorted by date only (`load` without stored orders): the whole library's
   * headline list, whose collator comparisons cost several times the date order's, is made when
   * something first needs it. A cold start lists rows by date many times as it reads the folder.
   */
  private isHeadlineSorted = true;
  private readonly byStatus = new Map<ArticleStatus, Record<Sort, ArticleSummary[]>>();
  /** Rows by id; made from the date list on first use after a `load` that took stored orders. */
  private membersMap: Map<string, ArticleSummary> | null = new Map();
  /**
   * A number per row that grows along the whole library's headline list, so search hits are
   * sorted by headline without collating: made in one pass when a search first needs it, then
   * kept per insert (the midpoint of the new row's neighbours; the whole list is relabelled only
   * when a gap has been halved too often). A removal needs nothing.
   */
  private headlineLabels: Map<ArticleSummary, number> | null = null;
  /** How many times the labels were made in full (for tests: inserts must not make them again). */
  labelPasses = 0;
  /** Rows passed over by `reload` so far (for tests: a cold start's listings together must stay linear in its files). */
  rowsRelisted = 0;
  /** Grows with every put, removal and load: a headline order made in slices is void when it moved meanwhile. */
  private changes = 0;

  /**
   * Replaces everything with `rows`. `orders` are the rows already sorted by date and by headline
   * (from the persisted index); they are used when valid, else the rows are sorted by date now and
   * by headline when the headline order is first asked for. The date
   * order is checked; the headline order (whose check costs a collator comparison per row) only
   * when it was stored under another collation than this process's (`headlineCollation`).
   */
  load(rows: readonly ArticleSummary[], orders?: { updated: ArticleSummary[]; headline: ArticleSummary[]; collation: string }): void {
    this.changes += 1;
    this.byStatus.clear();
    this.headlineLabels = null;
    const fits = (list: ArticleSummary[] | undefined): list is ArticleSummary[] => list !== undefined && list.length === rows.length;
    if (orders && fits(orders.updated) && fits(orders.headline) && isSorted(orders.updated, byUpdated) && (orders.collation === headlineCollation || isSorted(orders.headline, byHeadline))) {
      // Stored orders hold each article once (a snapshot is written from these lists); the id map waits for its first use.
      this.all = { updated: orders.updated, headline: orders.headline };
      this.isHeadlineSorted = true;
      this.membersMap = null;
      return;
    }
    this.membersMap = new Map(rows.map((row) => [row.id, row]));
    this.sortAll();
  }

  /**
   * Replaces everything with `rows`, as `load` without stored orders does, reusing the date order
   * made before: rows listed already (the same objects) keep their order, and only the others are
   * sorted and merged in. A cold start lists again each time the files read double; this makes
   * each listing cost a pass over the rows, not a sort of them all. `rows` hold one row per id, as
   * the workspace gives them.
   */
  reload(rows: readonly ArticleSummary[]): void {
    this.rowsRelisted += rows.length;
    const previous = this.membersMap;
    if (!previous || previous.size === 0) return this.load(rows);
    const added: ArticleSummary[] = [];
    let listed = 0;
    for (const row of rows) {
      if (previous.get(row.id) === row) listed += 1;
      else added.push(row);
    }
    let members = previous;
    let kept = this.all.updated;
    // Rows only added (a cold read's usual case): the id map grows in place and the order is kept whole.
    if (listed !== previous.size || added.some((row) => previous.has(row.id))) {
      members = new Map<string, ArticleSummary>();
      for (const row of rows) members.set(row.id, row);
      kept = kept.filter((row) => members.get(row.id) === row);
    }
    added.sort(byUpdated);
    for (const row of added) members.set(row.id, row);
    this.membersMap = members;
    this.changes += 1;
    this.all = { updated: mergeSorted(kept, added, byUpdated), headline: [] };
    this.isHeadlineSorted = false;
    this.byStatus.clear();
    this.headlineLabels = null;
  }

  private sortAll(): void {
    this.changes += 1;
    this.all = { updated: [...this.members.values()].sort(byUpdated), headline: [] };
    this.isHeadlineSorted = false;
    this.byStatus.clear();
    this.headlineLabels = null;
  }

  /** The whole library's lists, its headline list made first when it is not yet. */
  private whole(): Record<Sort, ArticleSummary[]> {
    if (!this.isHeadlineSorted) {
      this.all.headline = [...this.members.values()].sort(byHeadline);
      this.isHeadlineSorted = true;
    }
    return this.all;
  }

  /** The orders a row's insert or removal must keep in `lists` (the whole library's headline list only once it is made). */
  private keptSorts(lists: Record<Sort, ArticleSummary[]>): readonly Sort[] {
    return lists === this.all && !this.isHeadlineSorted ? ['updated'] : ['updated', 'headline'];
  }

  private get members(): Map<string, ArticleSummary> {
    if (!this.membersMap) {
      const list = this.all.updated;
      const members = new Map<string, ArticleSummary>();
      for (let index = 0; index < list.length; index += 1) members.set((list[index] as ArticleSummary).id, list[index] as ArticleSummary);
      this.membersMap = members;
      // Stored orders that named an article twice (a damaged index): the lists are made again from one row per id.
      if (members.size !== list.length) this.sortAll();
    }
    return this.membersMap;
  }

  private statusLists(status: ArticleStatus): Record<Sort, ArticleSummary[]> {
    let lists = this.byStatus.get(status);
    if (!lists) {
      const whole = this.whole();
      lists = { updated: whole.updated.filter((row) => row.status === status), headline: whole.headline.filter((row) => row.status === status) };
      this.byStatus.set(status, lists);
    }
    return lists;
  }

  /** Adds an article's row, or moves it when it replaces an earlier row with the same id. */
  put(row: ArticleSummary): void {
    this.changes += 1;
    this.remove(row.id);
    this.members.set(row.id, row);
    for (const lists of [this.all, this.byStatus.get(row.status)]) {
      if (!lists) continue;
      for (const sort of this.keptSorts(lists)) {
        const index = lowerBound(lists[sort], row, compares[sort]);
        lists[sort].splice(index, 0, row);
        if (lists === this.all && sort === 'headline') this.label(index);
      }
    }
  }

  /** Gives the row at `index` of the whole headline list a label between its neighbours'. */
  private label(index: number): void {
    const labels = this.headlineLabels;
    if (!labels) return;
    const list = this.all.headline;
    const row = list[index] as ArticleSummary;
    const before = index > 0 ? (labels.get(list[index - 1] as ArticleSummary) as number) : -labelStep;
    const after = index + 1 < list.length ? (labels.get(list[index + 1] as ArticleSummary) as number) : before + 2 * labelStep;
    const middle = before + (after - before) / 2;
    if (middle > before && middle < after) labels.set(row, middle);
    else this.headlineLabels = null;
  }

  /** Removes an article's row, if listed. */
  remove(id: string): void {
    const old = this.members.get(id);
    if (!old) return;
    this.changes += 1;
    this.members.delete(id);
    this.headlineLabels?.delete(old);
    for (const lists of [this.all, this.byStatus.get(old.status)]) {
      if (!lists) continue;
      for (const sort of this.keptSorts(lists)) {
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
    if (status !== 'all') return this.statusLists(status)[sort];
    return sort === 'headline' ? this.whole().headline : this.all.updated;
  }

  /** The headline labels, made in one pass over the headline list when missing. */
  private labels(): Map<ArticleSummary, number> {
    if (!this.headlineLabels) {
      const labels = new Map<ArticleSummary, number>();
      const list = this.whole().headline;
      for (let position = 0; position < list.length; position += 1) labels.set(list[position] as ArticleSummary, position * labelStep);
      this.headlineLabels = labels;
      this.labelPasses += 1;
    }
    return this.headlineLabels;
  }

  /**
   * Makes now what a first listing or sorted search would otherwise make on its way (the rows by
   * id, the headline order and its labels): for idle time after a start, so no query pays for it.
   */
  prepare(): void {
    // The rows by id first: made from stored orders that name an article twice, they remake the lists.
    this.get('');
    this.labels();
  }

  /**
   * Makes the whole library's headline order, when it is not made yet, with the event loop free
   * at least every `sliceMs`: a merge sort (runs sorted, then merged) that pauses between slices,
   * so the collator comparisons of a cold start's 50,000 rows (seconds of main) never hold up an
   * answer to the window. When rows are put or removed meanwhile the result is dropped, and the
   * order is made at once when first needed, as without this.
   */
  async sortHeadlinesInSlices(sliceMs = 8): Promise<void> {
    if (this.isHeadlineSorted) return;
    const changes = this.changes;
    const sorted = await sortInSlices([...this.members.values()], byHeadline, sliceMs);
    if (changes !== this.changes || this.isHeadlineSorted) return;
    this.all.headline = sorted;
    this.isHeadlineSorted = true;
  }

  /**
   * Sorts a subset of rows (search results) in `sort` order without sorting the whole library.
   * Many matches: the sorted list is walked. Few: they are sorted, by date directly, by headline
   * by their labels in the whole headline list (a status's list is in the same order), so no
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
    const labels = this.labels();
    return rows.sort((a, b) => (labels.get(a) as number) - (labels.get(b) as number));
  }
}
