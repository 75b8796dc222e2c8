import { useState } from 'react';
import type { ArticleStatus } from '../../shared/article/model';
import type { LibraryListing, LibraryQuery } from '../../shared/ipc';
import { LibraryRow } from './LibraryRow';
import { StatusOptions } from '../article/StatusOptions';

interface LibraryPaneProps {
  listing: LibraryListing | null;
  query: LibraryQuery;
  openId: string | null;
  error: string | null;
  onQueryChange: (query: LibraryQuery) => void;
  onOpen: (id: string) => void;
  onNew: () => void;
  onImport: () => void;
  onExportSelected: (ids: string[]) => void;
  onSettings: () => void;
}

/** The library sidebar: search, filter, sort, New Article, and the list of articles. */
export function LibraryPane({ listing, query, openId, error, onQueryChange, onOpen, onNew, onImport, onExportSelected, onSettings }: LibraryPaneProps) {
  const articles = listing?.articles ?? [];
  const [selected, setSelected] = useState<Set<string> | null>(null);
  const toggle = (id: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <nav className="library" aria-label="Library">
      <div className="library-head">
        <h2 className="pane-title">Library</h2>
        <button type="button" className="primary" onClick={onNew}>
          New article
        </button>
      </div>
      <div className="library-actions">
        <button type="button" onClick={onImport}>
          Import…
        </button>
        <button type="button" onClick={onSettings}>
          Settings
        </button>
        <button type="button" aria-pressed={selected !== null} onClick={() => setSelected(selected ? null : new Set())}>
          {selected ? 'Done selecting' : 'Select'}
        </button>
        {selected ? (
          <button type="button" disabled={selected.size === 0} onClick={() => onExportSelected([...selected])}>
            Export {selected.size} selected…
          </button>
        ) : null}
      </div>
      <input
        type="search"
        className="library-search"
        aria-label="Search articles"
        placeholder="Search headline, dek, body…"
        value={query.search}
        onChange={(event) => onQueryChange({ ...query, search: event.target.value })}
      />
      <div className="library-controls">
        <label>
          Status
          <select value={query.status} onChange={(event) => onQueryChange({ ...query, status: event.target.value as ArticleStatus | 'all' })}>
            <option value="all">All</option>
            <StatusOptions />
          </select>
        </label>
        <label>
          Sort
          <select value={query.sort} onChange={(event) => onQueryChange({ ...query, sort: event.target.value as LibraryQuery['sort'] })}>
            <option value="updated">Last updated</option>
            <option value="headline">Headline</option>
          </select>
        </label>
      </div>
      {error ? <p role="alert" className="error-text">{error}</p> : null}
      {listing && listing.total === 0 ? (
        <p className="empty-state">No articles yet. Choose “New article” to start your first story, or import a .txt, .md or .docx file (drop it here).</p>
      ) : null}
      {listing && listing.total > 0 && articles.length === 0 ? <p className="empty-state">No article matches this search.</p> : null}
      <ul className="library-list" aria-label="Articles">
        {articles.map((row) => (
          <LibraryRow key={row.id} row={row} isOpen={row.id === openId} onOpen={onOpen} isSelected={selected ? selected.has(row.id) : null} onToggle={toggle} />
        ))}
      </ul>
      {listing && listing.unreadable.length > 0 ? (
        <section className="unreadable" aria-label="Unreadable files">
          <h3>Cannot be read ({listing.unreadable.length})</h3>
          <ul>
            {listing.unreadable.map((file) => (
              <li key={file.fileName}>
                <strong>{file.fileName}</strong>: {file.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </nav>
  );
}
