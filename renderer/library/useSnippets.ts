import { useEffect, useRef, useState } from 'react';
import { call } from '../api';

const delayMs = 120;

/**
 * Body text around the search match for the rows on screen, asked of main (which reads those
 * few files) a moment after the rows settle; forgotten when the search changes.
 */
export function useSnippets(search: string, visibleIds: readonly string[]): ReadonlyMap<string, string> {
  const [snippets, setSnippets] = useState<ReadonlyMap<string, string>>(new Map());
  const forSearch = useRef(search);
  const key = visibleIds.join(',');
  useEffect(() => {
    if (forSearch.current !== search) {
      forSearch.current = search;
      setSnippets(new Map());
    }
  }, [search]);
  useEffect(() => {
    if (!search.trim()) return;
    const missing = visibleIds.filter((id) => !snippets.has(id));
    if (missing.length === 0) return;
    const timer = window.setTimeout(() => {
      void call('getSnippets', { ids: missing.slice(0, 200), search }).then(
        (found) => {
          if (forSearch.current !== search) return;
          setSnippets((old) => {
            const next = new Map(old);
            for (const { id, text } of found) next.set(id, text);
            return next;
          });
        },
        () => undefined,
      );
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [search, key, snippets]);
  return snippets;
}
