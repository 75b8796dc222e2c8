import type { ImportOutcome } from '../../shared/ipc';
import { fieldLabel } from './importSummary';

type Imported = Extract<ImportOutcome, { ok: true }>;

/** One imported file in the report: what it became, the fields found, sources proposed, what was left out and why. */
export function ImportedFile({ outcome, onOpen }: { outcome: Imported; onOpen: (() => void) | null }) {
  const { report } = outcome;
  const headline = outcome.headline || 'Untitled';
  return (
    <section className="report-file" aria-label={`Imported ${outcome.fileName}`}>
      <h3>
        {outcome.fileName} → “{headline}”
      </h3>
      <p className="quote-facts">
        {report.format}; {report.paragraphs} body paragraphs; {report.quotes ?? 0} quotes found
      </p>
      {report.fields.length > 0 ? (
        <dl className="report-fields">
          {report.fields.map((field) => (
            <div key={field.field}>
              <dt>{fieldLabel(field.field)}</dt>
              <dd>{field.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {report.proposedSources.length > 0 ? <p>Sources proposed: {report.proposedSources.map((source) => `${source.name}${source.title ? ` (${source.title})` : ''}${source.level === 'anonymous' ? ' — anonymous' : ''}`).join('; ')}</p> : null}
      {report.dropped.length > 0 ? (
        <>
          <h4>Left out</h4>
          <ul>
            {report.dropped.map((item, index) => (
              <li key={index}>
                “{item.item}”: {item.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.warnings.length > 0 ? (
        <>
          <h4>Warnings</h4>
          <ul>
            {report.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </>
      ) : null}
      {onOpen ? (
        <button type="button" onClick={onOpen}>
          Open “{headline}”
        </button>
      ) : null}
    </section>
  );
}
