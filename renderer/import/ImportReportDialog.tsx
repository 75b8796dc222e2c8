import { useEffect, useRef } from 'react';
import type { ImportOutcome } from '../../shared/ipc';

interface ImportReportDialogProps {
  outcomes: ImportOutcome[];
  onOpen: (id: string) => void;
  onClose: () => void;
}

/** What each imported file became, what was dropped and why, and which files were refused. */
export function ImportReportDialog({ outcomes, onOpen, onClose }: ImportReportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="report-dialog" aria-label="Import report" onClose={onClose}>
      <h2>Import report</h2>
      {outcomes.map((outcome) =>
        outcome.ok ? (
          <section key={outcome.fileName} className="report-file" aria-label={`Imported ${outcome.fileName}`}>
            <h3>
              {outcome.fileName} → “{outcome.headline || 'Untitled'}”
            </h3>
            <p className="quote-facts">
              {outcome.report.format}; {outcome.report.paragraphs} body paragraphs; {outcome.report.quotes ?? 0} quotes found
            </p>
            <ul>
              {outcome.report.fields.map((field) => (
                <li key={field.field}>
                  <strong>{field.field}</strong>: {field.value}
                </li>
              ))}
            </ul>
            {outcome.report.proposedSources.length > 0 ? <p>Sources proposed: {outcome.report.proposedSources.map((source) => `${source.name}${source.title ? ` (${source.title})` : ''}${source.level === 'anonymous' ? ' — anonymous' : ''}`).join('; ')}</p> : null}
            {outcome.report.dropped.length > 0 ? (
              <>
                <h4>Not imported</h4>
                <ul>
                  {outcome.report.dropped.map((item, index) => (
                    <li key={index}>
                      “{item.item}”: {item.reason}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {outcome.report.warnings.length > 0 ? (
              <>
                <h4>Warnings</h4>
                <ul>
                  {outcome.report.warnings.map((warning, index) => (
                    <li key={index}>{warning}</li>
                  ))}
                </ul>
              </>
            ) : null}
            <button type="button" onClick={() => { onOpen(outcome.id); dialog.current?.close(); }}>
              Open “{outcome.headline || 'Untitled'}”
            </button>
          </section>
        ) : (
          <section key={outcome.fileName} className="report-file report-failed" aria-label={`Refused ${outcome.fileName}`}>
            <h3>{outcome.fileName}: not imported</h3>
            <p role="alert">{outcome.reason}</p>
          </section>
        ),
      )}
      <button type="button" className="primary" onClick={() => dialog.current?.close()}>
        Close
      </button>
    </dialog>
  );
}
