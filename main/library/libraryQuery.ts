import type { ArticleStatus } from '../../shared/article/model';
import type { ArticleSummary, LibraryQuery } from '../../shared/ipc';
import type { LibrarySearch } from './librarySearch';
import type { SearchHit } from './searchIndex';
import type { SortedLists } from './sortedLists';

/** The rows a query matched, in order, with the words each matched. */
export interface QueryRows {
  rows: readonly ArticleSummary[];
  terms: ReadonlyMap<string, string[]> | null;
}

/**
 * Orders search hits for a query: by relevance (the index's ranking), or by the chosen sort,
 * filtered by status. Uses the incrementally sorted lists, so nothing sorts the whole library.
 */
export function orderHits(hits: readonly SearchHit[], lists: SortedLists, status: ArticleStatus | 'all', sort: LibraryQuery['sort']): QueryRows {
  const terms = new Map(hits.map((hit) => [hit.id, hit.terms]));
  if (sort === 'relevance') {
    const rows: ArticleSummary[] = [];
    for (const hit of hits) {
      const row = lists.get(hit.id);
      if (row && (status === 'all' || row.status === status)) rows.push(row);
    }
    return { rows, terms };
  }
  return { rows: lists.order(new Set(terms.keys()), status, sort), terms };
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The answer while the full-text index is missing and being rebuilt: articles whose headline,
 * dek, kicker, bylines or tags contain every word of the query (the last one as a prefix). The
 * listing says the index is being built, so the reporter knows body text is not searched yet.
 */
export function matchSummaries(search: string, lists: SortedLists, status: ArticleStatus | 'all', sort: LibraryQuery['sort']): QueryRows {
  const words = fold(search).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const source = lists.list(status, sort === 'relevance' ? 'updated' : sort);
  if (words.length === 0) return { rows: source, terms: null };
  const terms = new Map<string, string[]>();
  const rows = source.filter((row) => {
    const haystack = ` ${fold([row.headline, row.dek, row.kicker, row.bylines, row.tags.join(' ')].join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
    if (!words.every((word) => haystack.includes(` ${word}`))) return false;
    terms.set(row.id, words);
    return true;
  });
  return { rows, terms };
}

/**
 * Answers a library query with its rows in order (the last search's answer kept, so paging
 * through one search's windows searches once). A listing without search words is a sorted list
 * as it is; a search uses the full-text index, or the summaries while the index is built.
 */
export class QueryAnswers {
  private last: { key: string; result: QueryRows } | null = null;

  /** The words each row of the last search matched (for snippets). */
  get lastTerms(): ReadonlyMap<string, string[]> | null | undefined {
    return this.last?.result.terms;
  }

  /** The rows `query` matches; `version` grows with every change to the lists or the index state. */
  async rows(query: LibraryQuery, lists: SortedLists, search: LibrarySearch, version: () => number): Promise<QueryRows> {
    const words = query.search.trim();
    const sort = query.sort === 'relevance' && !words ? 'updated' : query.sort;
    if (!words) return { rows: lists.list(query.status, sort === 'relevance' ? 'updated' : sort), terms: null };
    // Loading a persisted index takes moments; a rebuild does not hold searches up (they answer from the summaries).
    if (!search.live) await search.ready;
    const keyNow = () => JSON.stringify([words, query.status, sort, version(), search.live !== null]);
    if (this.last?.key === keyNow()) return this.last.result;
    const hits = search.use((index) => index.search(words));
    const result = hits ? orderHits(hits, lists, query.status, sort) : matchSummaries(words, lists, query.status, sort);
    // A damaged index dropped by this search changed the version: the answer is keyed as what it is.
    this.last = { key: keyNow(), result };
    return result;
  }
}
