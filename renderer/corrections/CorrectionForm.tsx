import { useState } from 'react';
import { correctionKinds, type CorrectionKind } from '../../shared/article/model';
import { correctionLabels, type NewCorrection } from '../../shared/standards/corrections';

/** Today's calendar date on this computer, `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The form that appends a correction, clarification or update, signed with the editor's name. */
export function CorrectionForm({ editorName, onAdd, onCancel }: { editorName: string; onAdd: (entry: NewCorrection) => void; onCancel: () => void }) {
  const [kind, setKind] = useState<CorrectionKind>('correction');
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  return (
    <form
      className="inline-form correction-form"
      aria-label="New correction"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd({ kind, date, text, editor: editorName });
      }}
    >
      <div className="correction-form-row">
        <label className="stacked">
          Kind
          <select value={kind} onChange={(event) => setKind(event.target.value as CorrectionKind)}>
            {correctionKinds.map((value) => (
              <option key={value} value={value}>
                {correctionLabels[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="stacked">
          Date
          <input type="date" value={date} required onChange={(event) => setDate(event.target.value)} />
        </label>
      </div>
      <label className="stacked">
        Text as it will be printed
        <textarea rows={3} required value={text} placeholder="An earlier version of this article misstated …" onChange={(event) => setText(event.target.value)} />
      </label>
      <p className="hint">Signed by {editorName}. Entries cannot be edited or deleted afterwards, only struck with a reason.</p>
      <div className="quote-actions">
        <button type="submit" className="primary" disabled={text.trim() === ''}>
          Add {correctionLabels[kind].toLowerCase()}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
