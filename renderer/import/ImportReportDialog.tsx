import { useEffect, useRef } from 'react';
import type { ImportOutcome } from '../../shared/ipc';
import { ImportedFile } from './ImportedFile';
import { importSummary } from './importSummary';

interface ImportReportDialogProps {
  outcomes: ImportOutcome[];
  onOpen: (id: string) => void;
  onClose: () => void;
}

/**
 * What an import did: a summary line first (imported, refused, warnings), then each file — what
 * it became, with human field names, what was dropped and why — and the refused files. Opening
 * the (first) imported article is the primary action.
 */
export function ImportReportDialog({ outcomes, onOpen, onClose }: ImportReportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    primary.current?.focus();
  }, []);
  const first = outcomes.find((outcome) => outcome.ok);
  // With one article imported, the primary button is its Open button; each file gets its own only when there are several.
  const isSeveral = outcomes.filter((outcome) => outcome.ok).length > 1;
  const openAndClose = (id: string) => {
    onOpen(id);
    dialog.current?.close();
  };
  return (
    <dialog ref={dialog} className="report-dialog" aria-label="Import report" onClose={onClose}>
      <h2>Import report</h2>
      <p className="report-summary" role="status">
        {importSummary(outcomes)}
      </p>
      {outcomes.map((outcome) =>
        outcome.ok ? (
          <ImportedFile key={outcome.fileName} outcome={outcome} onOpen={isSeveral ? () => openAndClose(outcome.id) : null} />
        ) : (
          <section key={outcome.fileName} className="report-file report-failed" aria-label={`Refused ${outcome.fileName}`}>
            <h3>{outcome.fileName}: not imported</h3>
            <p role="alert">{outcome.reason}</p>
          </section>
        ),
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
        {first?.ok ? (
          <button type="button" ref={primary} className="primary" onClick={() => openAndClose(first.id)}>
            Open “{first.headline || 'Untitled'}”
          </button>
        ) : null}
      </div>
    </dialog>
  );
}
