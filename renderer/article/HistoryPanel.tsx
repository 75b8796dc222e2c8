import { useEffect, useState } from 'react';
import type { RevisionSummary } from '../../shared/ipc';
import { call, errorMessage } from '../api';

interface HistoryPanelProps {
  id: string;
  savedAt: string;
  onRestore: (revisionId: string) => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Revisions of the open article, newest first; restoring one is itself a new revision. */
export function HistoryPanel({ id, savedAt, onRestore }: HistoryPanelProps) {
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
        {revisions?.map((revision) => (
          <li key={revision.revisionId}>
            <span>
              <time dateTime={revision.at}>{timeFormat.format(new Date(revision.at))}</time> · {revision.reason} ·{' '}
              {revision.damage === null ? `${revision.words.toLocaleString()} words` : `damaged: ${revision.damage}`}
            </span>
            <button type="button" disabled={revision.damage !== null} onClick={() => onRestore(revision.revisionId)} aria-label={`Restore revision from ${timeFormat.format(new Date(revision.at))}`}>
              Restore
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
