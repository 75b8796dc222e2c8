import { useCallback, useEffect, useState } from 'react';
import type { LibraryListing, LibraryQuery } from '../../shared/ipc';
import { call, errorMessage, onEvent } from '../api';

/** The library listing for the current query, refreshed when main reports changes. */
export function useLibrary() {
  const [query, setQuery] = useState<LibraryQuery>({ search: '', status: 'all', sort: 'updated' });
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setListing(await call('getLibrary', query));
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, [query]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => onEvent('library-changed', () => void refresh()), [refresh]);

  return { query, setQuery, listing, error, refresh };
}
