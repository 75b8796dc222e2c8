import { useState, type ReactNode } from 'react';
import type { ArticleStatus } from '../../shared/article/model';
import type { LibraryQuery } from '../../shared/ipc';
import { StatusOptions } from '../article/StatusOptions';
import './library.css';
import { LibraryCount } from './LibraryCount';
import { LibraryList } from './LibraryList';
import type { LibraryView } from './useLibrary';

interface LibraryPaneProps {
  view: LibraryView;
  openId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
  onImport: () => void;
  onExportSelected: (ids: string[]) => void;
  onSettings: () => void;
  /** Shares the selected articles (shown only when a newsroom server is set up). */
  onShareSelected?: (ids: string[]) => void;
  /** The shared stories, listed above the local ones. */
  shared?: ReactNode;
}

/**
 * The library sidebar: search, filter, sort, the count of results, New Article, and the
 * virtualised list. Searching and filtering only change the list: the open article stays open.
 */
export function LibraryPane({ view, openId, onOpen, onNew, onImport, onExportSelected, onSettings, onShareSelected, shared }: LibraryPaneProps) {
  const { listing, query, setQuery } = view;
  const [selected, setSelected] = useState<Set<string> | null>(null);
  const toggle = (id: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const change = (patch: Partial<LibraryQuery>) => setQuery({ ...query, ...patch });
  return (
    <nav className="library" aria-label="Library">
      <div className="library-head">
        <h2 className="pane-title">Library</h2>
        <button type="button" className="primary" onClick={onNew}>
          New article
        </button>
      </div>
      <div className="library-actions">
        {selected ? (
          <>
            <button type="button" disabled={selected.size === 0} onClick={() => onExportSelected([...selected])}>
              Export {selected.size} selected…
            </button>
            {onShareSelected ? (
              <button type="button" disabled={selected.size === 0} aria-label={`Share ${selected.size} selected…`} onClick={() => onShareSelected([...selected])}>
                Share…
              </button>
            ) : null}
          </>
        ) : (
          <>
            <button type="button" onClick={onImport}>
              Import…
            </button>
            <button type="button" onClick={onSettings}>
              Settings
            </button>
          </>
        )}
        <button type="button" aria-pressed={selected !== null} onClick={() => setSelected(selected ? null : new Set())}>
          {selected ? 'Done' : 'Select'}
        </button>
      </div>
      <input type="search" className="library-search" aria-label="Search articles" placeholder="Search headline, dek, byline, tags, body…" value={query.search} onChange={(event) => change({ search: event.target.value })} />
      <div className="library-controls">
        <label>
          <span className="visually-hidden">Status</span>
          <select value={query.status} onChange={(event) => change({ status: event.target.value as ArticleStatus | 'all' })}>
            <option value="all">All statuses</option>
            <StatusOptions />
          </select>
        </label>
        <label>
          <span className="visually-hidden">Sort</span>
          <select value={query.sort} onChange={(event) => change({ sort: event.target.value as LibraryQuery['sort'] })}>
            <option value="updated">Latest first</option>
            <option value="headline">Headline A–Z</option>
            <option value="relevance">Best match</option>
          </select>
        </label>
      </div>
      <LibraryCount listing={listing} query={query} />
      {view.error ? <p role="alert" className="error-text">{view.error}</p> : null}
      {shared}
      <LibraryList view={view} openId={openId} onOpen={onOpen} selected={selected} onToggle={toggle} />
      {listing && listing.unreadable.length > 0 ? (
        <details className="unreadable" aria-label="Unreadable files">
          <summary>Cannot be read ({listing.unreadable.length})</summary>
          <ul>
            {listing.unreadable.map((file) => (
              <li key={file.fileName}>
                <strong>{file.fileName}</strong>: {file.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </nav>
  );
}
