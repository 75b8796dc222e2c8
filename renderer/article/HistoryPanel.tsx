import { useEffect, useState } from 'react';
import type { RevisionSummary } from '../../shared/ipc';
import { call, errorMessage } from '../api';
import { useSaveStatus, type SaveStatusStore } from './saveStatus';

interface HistoryPanelProps {
  id: string;
  /** The article's save status: the list is read again after each save that lands. */
  saveStatus: SaveStatusStore;
  /** Opens the preview of what restoring this revision would change. */
  onPreview: (revisionId: string, label: string) => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const reasonLabels: Record<string, string> = { save: 'saved', status: 'status changed', restore: 'restored', publish: 'published', import: 'imported' };

/** Revisions of the open article, newest first; each can be previewed and then restored (a restore is itself a new revision). */
export function HistoryPanel({ id, saveStatus, onPreview }: HistoryPanelProps) {
  const savedAt = useSaveStatus(saveStatus, (status) => status.savedAt);
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call('listRevisions', { id }).then(setRevisions, (caught: unknown) => setError(errorMessage(caught)));
  }, [id, savedAt]);
  return (
    <section className="side-section" aria-label="History">
      <h2 className="pane-title">History</h2>
      {error ? <p className="error-text">{error}</p> : null}
      {revisions?.length === 0 ? <p className="empty-state">No revisions yet. Each explicit save (Ctrl+S) and status change keeps one.</p> : null}
      <ol className="revision-list">
        {revisions?.map((revision) => {
          const label = timeFormat.format(new Date(revision.at));
          return (
            <li key={revision.revisionId}>
              <span className="revision-facts">
                <time dateTime={revision.at}>{label}</time>
                <span className="quote-facts">
                  {reasonLabels[revision.reason] ?? revision.reason} · {revision.damage === null ? `${revision.words.toLocaleString()} words` : `damaged: ${revision.damage}`}
                </span>
              </span>
              <button type="button" disabled={revision.damage !== null} onClick={() => onPreview(revision.revisionId, label)} aria-label={`Restore the revision from ${label}…`}>
                Restore…
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
