import { useState } from 'react';
import type { Article, Correction } from '../../shared/article/model';
import { correctionLead } from '../../shared/export';
import { appendCorrection, strikeCorrection } from '../../shared/standards/corrections';
import type { DateStyle } from '../../shared/standards/dates';
import { useStylePack } from '../style/useStylePack';
import { CorrectionForm } from './CorrectionForm';

interface CorrectionsSectionProps {
  article: Pick<Article, 'corrections' | 'publication'>;
  editorName: string;
  onChange: (change: Partial<Article>) => void;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Entry({ entry, dateStyle, editorName, onStrike }: { entry: Correction; dateStyle: DateStyle; editorName: string; onStrike: (reason: string) => void }) {
  const [reason, setReason] = useState<string | null>(null);
  const text = (
    <>
      <strong>{correctionLead(entry, dateStyle)}</strong> {entry.text}
    </>
  );
  return (
    <li className={`correction-entry${entry.struck ? ' is-struck' : ''}`}>
      <p>{entry.struck ? <s>{text}</s> : text}</p>
      <p className="quote-facts">
        Added by {entry.editor}, {timeFormat.format(new Date(entry.at))}
        {entry.struck ? ` · Struck by ${entry.struck.by}: ${entry.struck.reason}` : ''}
      </p>
      {!entry.struck && reason === null ? (
        <button type="button" disabled={!editorName} onClick={() => setReason('')}>
          Strike…
        </button>
      ) : null}
      {reason !== null ? (
        <form
          className="inline-form"
          aria-label="Strike entry"
          onSubmit={(event) => {
            event.preventDefault();
            onStrike(reason);
            setReason(null);
          }}
        >
          <label className="stacked">
            Why is this entry a mistake?
            <input type="text" required value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <div className="quote-actions">
            <button type="submit" className="primary" disabled={reason.trim() === ''}>
              Strike entry
            </button>
            <button type="button" onClick={() => setReason(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

/**
 * Corrections, clarifications and updates under the article body: the append-only list (struck
 * entries shown struck, with their reason) and, once the article is published, a form to add one.
 */
export function CorrectionsSection({ article, editorName, onChange }: CorrectionsSectionProps) {
  const [isAdding, setIsAdding] = useState(false);
  const dateStyle = useStylePack()?.pack.dateStyle ?? 'ap';
  if (article.publication === null && article.corrections.length === 0) return null;
  const now = () => new Date().toISOString();
  return (
    <section className="corrections-section" aria-label="Corrections and updates">
      <h2 className="sub-title">Corrections and updates</h2>
      {article.corrections.length === 0 ? <p className="hint">None. They are printed at the end of the story and in its JSON-LD.</p> : null}
      <ol className="correction-list">
        {article.corrections.map((entry) => (
          <Entry key={entry.id} entry={entry} dateStyle={dateStyle} editorName={editorName} onStrike={(reason) => onChange({ corrections: strikeCorrection(article.corrections, entry.id, { by: editorName, reason, at: now() }) })} />
        ))}
      </ol>
      {isAdding ? (
        <CorrectionForm
          editorName={editorName}
          onCancel={() => setIsAdding(false)}
          onAdd={(entry) => {
            onChange({ corrections: appendCorrection(article.corrections, entry, crypto.randomUUID(), now()) });
            setIsAdding(false);
          }}
        />
      ) : (
        <div className="quote-actions">
          <button type="button" disabled={article.publication === null || !editorName} onClick={() => setIsAdding(true)}>
            Add correction…
          </button>
          {!editorName ? <span className="hint">Set your name (Settings or the Review tab) to sign corrections.</span> : null}
        </div>
      )}
    </section>
  );
}
