import { useEffect, useRef } from 'react';
import type { ExportOutcome } from '../../shared/ipc';

/** The outcome of a batch export: files written and articles the checklist held back, with reasons. */
export function ExportResultsDialog({ outcomes, onClose }: { outcomes: ExportOutcome[]; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const written = outcomes.filter((outcome) => outcome.ok).length;
  return (
    <dialog ref={dialog} className="report-dialog" aria-label="Export results" onClose={onClose}>
      <h2>
        Exported {written} of {outcomes.length}
      </h2>
      <ul>
        {outcomes.map((outcome) => (
          <li key={outcome.id}>
            <strong>{outcome.headline || 'Untitled'}</strong>: {outcome.ok ? `written to ${outcome.fileName}` : outcome.reason}
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
