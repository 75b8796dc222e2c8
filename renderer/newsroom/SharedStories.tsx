import { useCallback, useEffect, useState } from 'react';
import type { NewsroomView, SharedStoryRow } from '../../shared/ipc';
import { call, errorMessage, onEvent } from '../api';

interface SharedStoriesProps {
  newsroom: NewsroomView | null;
  openId: string | null;
  onOpen: (id: string) => void;
}

/** How often the list asks who is in each story while the connection is up. */
const refreshMs = 5_000;

function sharedWith(row: SharedStoryRow): string {
  if (row.grantees === 'newsroom') return 'the whole newsroom';
  return row.grantees.length === 0 ? 'no one else yet' : row.grantees.join(', ');
}

/**
 * The library's "Shared" list: stories shared through the newsroom server (and ones shared here
 * while offline), with who is in each now. Opening one that has never been on this computer
 * first brings it into the workspace.
 */
export function SharedStories({ newsroom, openId, onOpen }: SharedStoriesProps) {
  const [rows, setRows] = useState<SharedStoryRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const isOnline = newsroom?.status.kind === 'synced';
  const refresh = useCallback(() => void call('listSharedStories', undefined).then(setRows, (caught: unknown) => setError(errorMessage(caught))), []);
  useEffect(() => {
    refresh();
    const stops = [onEvent('library-changed', refresh), onEvent('newsroom-changed', refresh)];
    const timer = isOnline ? window.setInterval(refresh, refreshMs) : null;
    return () => {
      stops.forEach((stop) => stop());
      if (timer !== null) window.clearInterval(timer);
    };
  }, [refresh, isOnline]);
  if (rows.length === 0 && !error) return null;
  const open = async (row: SharedStoryRow) => {
    setError(null);
    try {
      if (row.headline === null) await call('fetchSharedStory', { id: row.storyId });
      onOpen(row.storyId);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return (
    <section className="shared-stories" aria-label="Shared stories">
      <h3 className="section-title">Shared</h3>
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
      <ul>
        {rows.map((row) => (
          <li key={row.storyId}>
            <button type="button" className="shared-row" aria-current={row.storyId === openId ? 'true' : undefined} onClick={() => void open(row)}>
              <span className="shared-headline">{row.headline === null ? `Shared by ${row.owner} (not on this computer yet)` : row.headline || 'Untitled'}</span>
              <span className="shared-meta">
                {row.owner ? `${row.owner} → ${sharedWith(row)}` : 'Offline: who it is shared with shows when connected'}
              </span>
              {row.present.length > 0 ? <span className="shared-present">In it now: {row.present.join(', ')}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
