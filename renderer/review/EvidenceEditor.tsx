import { memo, useState } from 'react';
import { emptyEvidence, hasEvidence, type EvidenceFields } from '../../shared/standards/evidence';
import { isSealedValue } from '../../shared/article/model';

interface EvidenceEditorProps {
  quoteKey: string;
  evidence: EvidenceFields | null;
  onSave: (quoteKey: string, fields: EvidenceFields) => void;
}

function summary(evidence: EvidenceFields): string {
  if (Object.values(evidence).some(isSealedValue)) return 'Encrypted on another computer';
  const parts = [evidence.note.trim() ? 'note' : '', evidence.transcript.trim() ? 'transcript' : '', evidence.recordingFile.trim() ? `recording${evidence.recordingTime.trim() ? ` at ${evidence.recordingTime.trim()}` : ''}` : ''];
  return parts.filter(Boolean).join(' · ');
}

const timestampPattern = '^(\\d{1,2}:)?\\d{1,2}:\\d{2}$';

function EvidenceEditorView({ quoteKey, evidence, onSave }: EvidenceEditorProps) {
  const [draft, setDraft] = useState<EvidenceFields | null>(null);
  const isSealed = evidence !== null && Object.values(evidence).some(isSealedValue);
  const field = (name: keyof EvidenceFields) => ({
    value: draft?.[name] ?? '',
    onChange: (event: { target: { value: string } }) => setDraft((old) => ({ ...(old ?? emptyEvidence), [name]: event.target.value })),
  });
  if (!draft) {
    return (
      <div className="evidence">
        <span className="quote-facts">Evidence (private): {evidence && hasEvidence(evidence) ? summary(evidence) : 'none attached'}</span>
        {evidence?.note && !isSealed ? <p className="quote-note evidence-note">{evidence.note}</p> : null}
        {evidence?.transcript && !isSealed ? <blockquote className="evidence-transcript">{evidence.transcript}</blockquote> : null}
        <button type="button" disabled={isSealed} onClick={() => setDraft(evidence ?? emptyEvidence)}>
          {evidence && hasEvidence(evidence) ? 'Edit evidence' : 'Attach evidence…'}
        </button>
      </div>
    );
  }
  return (
    <form
      className="inline-form evidence"
      aria-label="Evidence"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(quoteKey, draft);
        setDraft(null);
      }}
    >
      <p className="hint">Private: kept in the article file (encrypted where the system allows), never exported.</p>
      <label className="stacked">
        Where and when it was said
        <textarea rows={2} placeholder="Phone interview, 12 July, 3 p.m." {...field('note')} />
      </label>
      <label className="stacked">
        Transcript excerpt
        <textarea rows={3} {...field('transcript')} />
      </label>
      <label className="stacked">
        Recording file on this computer
        <input type="text" placeholder="/Users/me/Recordings/interview.m4a" {...field('recordingFile')} />
      </label>
      <label className="stacked">
        Recording timestamp
        <input type="text" placeholder="12:34 or 1:02:03" pattern={timestampPattern} title="minutes:seconds or hours:minutes:seconds" {...field('recordingTime')} />
      </label>
      <div className="quote-actions">
        <button type="submit" className="primary">
          Save evidence
        </button>
        <button type="button" onClick={() => setDraft(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The private evidence behind one quote, shown beside it in Review: a summary, and a form to attach or edit it. */
export const EvidenceEditor = memo(EvidenceEditorView);
