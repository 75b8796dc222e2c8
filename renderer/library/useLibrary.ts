import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryListing, LibraryQuery, LibraryRow } from '../../shared/ipc';
import { call, errorMessage, onEvent } from '../api';

/** Rows fetched per call: a few screens, so scrolling asks main rarely. */
export const pageSize = 60;
/** Pages fetched ahead of the visible rows on each side (at a screen of rows per frame, a page lasts about four frames). */
const prefetchPages = 2;
/** Pages kept either side of the visible rows; those further away are forgotten. */
const keptPages = 8;

/** What the library list knows: the counts of the last answer and the pages of rows fetched for it. */
export interface LibraryView {
  query: LibraryQuery;
  /** Null until main has answered once. */
  listing: Omit<LibraryListing, 'articles' | 'offset'> | null;
  rowAt(index: number): LibraryRow | undefined;
  /** Asks for the rows from `start` to `end` (the visible ones) when they are not fetched yet. */
  ensureRange(start: number, end: number): void;
  error: string | null;
  setQuery(query: LibraryQuery): void;
  refresh(): Promise<void>;
  /**
   * Calls `listener` whenever fetched rows change. Only the list subscribes, so a page of rows
   * arriving while scrolling re-renders the list and nothing else (not the open article).
   */
  subscribe(listener: () => void): () => void;
  /** Grows whenever rows change (the snapshot `subscribe` reports). */
  getVersion(): number;
}

/** Counts are replaced only when they differ, so a page arriving re-renders no reader of them. */
function keepSame(old: LibraryView['listing'], next: NonNullable<LibraryView['listing']>): LibraryView['listing'] {
  return old !== null && JSON.stringify(old) === JSON.stringify(next) ? old : next;
}

/**
 * The library list for the current query, fetched from main a page at a time as rows come
 * into view, and fetched again when main reports changes. Main keeps the sorted and searched
 * list; the renderer never holds more than the pages it has shown.
 */
export function useLibrary(): LibraryView {
  const [query, setQueryState] = useState<LibraryQuery>({ search: '', status: 'all', sort: 'updated' });
  const [listing, setListing] = useState<LibraryView['listing']>(null);
  const [error, setError] = useState<string | null>(null);
  const version = useRef(0);
  const listeners = useRef(new Set<() => void>());
  const rowsChanged = useCallback(() => {
    version.current += 1;
    for (const listener of listeners.current) listener();
  }, []);
  const pages = useRef(new Map<number, LibraryRow[]>());
  const inFlight = useRef(new Set<number>());
  const generation = useRef(0);
  const visible = useRef({ start: 0, end: pageSize });
  const queryRef = useRef(query);
  /** Rows matching the current query, as last answered (null before the first answer). */
  const matched = useRef<number | null>(null);

  const fetchPage = useCallback(async (page: number, forGeneration: number) => {
    if (inFlight.current.has(page)) return;
    inFlight.current.add(page);
    try {
      const answer = await call('getLibrary', { ...queryRef.current, offset: page * pageSize, limit: pageSize });
      if (forGeneration !== generation.current) return;
      const { articles, offset: _offset, ...counts } = answer;
      pages.current.set(page, articles);
      matched.current = counts.matched;
      setListing((old) => keepSame(old, counts));
      setError(null);
      rowsChanged();
    } catch (caught) {
      if (forGeneration === generation.current) setError(errorMessage(caught));
    } finally {
      inFlight.current.delete(page);
    }
  }, [rowsChanged]);

  /** Forgets fetched rows and fetches the visible pages again (after a query change or a change in main). */
  const reload = useCallback(async () => {
    generation.current += 1;
    const current = generation.current;
    const { start, end } = visible.current;
    const wanted = new Set([0]);
    for (let page = Math.floor(start / pageSize); page <= Math.floor(Math.max(start, end - 1) / pageSize); page += 1) wanted.add(page);
    inFlight.current.clear();
    // Old rows stay on screen until the new ones arrive, so the list does not flash.
    const fresh = new Map<number, LibraryRow[]>();
    await Promise.all([...wanted].map(async (page) => {
      const answer = await call('getLibrary', { ...queryRef.current, offset: page * pageSize, limit: pageSize }).catch((caught: unknown) => {
        if (current === generation.current) setError(errorMessage(caught));
        return null;
      });
      if (!answer || current !== generation.current) return;
      const { articles, offset: _offset, ...counts } = answer;
      fresh.set(page, articles);
      matched.current = counts.matched;
      setListing((old) => keepSame(old, counts));
    }));
    if (current !== generation.current) return;
    pages.current = fresh;
    setError(null);
    rowsChanged();
  }, [rowsChanged]);

  const setQuery = useCallback((next: LibraryQuery) => {
    queryRef.current = next;
    setQueryState(next);
    visible.current = { start: 0, end: pageSize };
  }, []);

  useEffect(() => {
    void reload();
  }, [query, reload]);

  useEffect(() => onEvent('library-changed', () => void reload()), [reload]);

  const ensureRange = useCallback((start: number, end: number) => {
    visible.current = { start, end };
    const firstPage = Math.floor(start / pageSize);
    const lastPage = Math.floor(Math.max(start, end - 1) / pageSize);
    // Pages beyond the end of the list are not asked for; before the first answer only the visible ones are.
    const pageCount = matched.current === null ? lastPage + 1 : Math.ceil(matched.current / pageSize);
    // Pages a few screens either side are fetched before they scroll into view, so no frame
    // waits on main for its rows, and pages far away are forgotten, so the renderer holds a
    // bounded number of rows however far the reporter scrolls.
    for (let page = Math.max(0, firstPage - prefetchPages); page <= Math.min(pageCount - 1, lastPage + prefetchPages); page += 1) {
      if (!pages.current.has(page)) void fetchPage(page, generation.current);
    }
    for (const page of pages.current.keys()) {
      if (page < firstPage - keptPages || page > lastPage + keptPages) pages.current.delete(page);
    }
  }, [fetchPage]);

  const rowAt = useCallback((index: number) => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize], []);

  const subscribe = useCallback((listener: () => void) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);
  const getVersion = useCallback(() => version.current, []);

  return { query, listing, rowAt, ensureRange, error, setQuery, refresh: reload, subscribe, getVersion };
}
