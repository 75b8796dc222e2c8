import { memo, useState } from 'react';
import type { ReviewMatch } from '../../shared/attribution/index';
import type { DetectedQuote } from '../../shared/attribution/types';
import type { ReviewChange } from '../../shared/review/reviewActions';
import type { EvidenceFields } from '../../shared/standards/evidence';
import { EvidenceEditor } from './EvidenceEditor';
import { ReviewerPrompt } from './ReviewerPrompt';

interface QuoteItemProps {
  quote: DetectedQuote;
  match: ReviewMatch | undefined;
  /** The id of the page's one list of speaker names, offered in the speaker field. */
  speakerListId: string;
  /** This item's decision waits for the reviewer's name (asked once, in place). */
  pendingAction: string | null;
  onReview: (key: string, change: ReviewChange) => void;
  onReviewerName: (name: string) => void;
  onCancelPending: () => void;
  onJump: (key: string) => void;
  /** The private evidence behind the quote, and how to save it (see `EvidenceEditor`). */
  evidence?: EvidenceFields | null;
  onEvidence?: (key: string, fields: EvidenceFields) => void;
}

const statusLabels = { unreviewed: 'Unreviewed', verified: 'Verified', flagged: 'Flagged', changed: 'Changed since verified' } as const;
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

function QuoteItemView({ quote, match, speakerListId, pendingAction, onReview: onReviewKey, onReviewerName, onCancelPending, onJump: onJumpKey, evidence, onEvidence }: QuoteItemProps) {
  const onReview = (change: ReviewChange) => onReviewKey(quote.key, change);
  const onJump = () => onJumpKey(quote.key);
  const status = match?.status ?? 'unreviewed';
  const review = match?.review ?? null;
  const [speaker, setSpeaker] = useState(quote.speaker ?? '');
  const [isFlagging, setIsFlagging] = useState(false);
  // The speaker is text until the reporter edits it: a text field is a scroll container with its
  // own paint layer (and, bound to the speaker list, a picker), and ~200 of them made Chromium's
  // hit test after every layout cost the Review tab main-thread time on each keystroke.
  const [isEditingSpeaker, setIsEditingSpeaker] = useState(false);
  const [note, setNote] = useState(review?.note ?? '');
  const excerpt = quote.text.length > 140 ? `${quote.text.slice(0, 140)}…` : quote.text;
  const commitSpeaker = () => {
    const value = speaker.trim();
    if (value !== (quote.speaker ?? '')) onReview({ speakerOverride: value || null });
  };
  return (
    <li className={`quote-item status-${status}`} aria-label={`Quote: ${excerpt}`}>
      <button type="button" className="quote-text" onClick={onJump} title="Show in the article">
        “{excerpt}”
      </button>
      <div className="quote-meta">
        {isEditingSpeaker ? (
          <label>
            Speaker
            <input
              type="text"
              list={speakerListId}
              value={speaker}
              placeholder="Unattributed"
              autoFocus
              onChange={(event) => setSpeaker(event.target.value)}
              onBlur={() => {
                setIsEditingSpeaker(false);
                commitSpeaker();
              }}
              onKeyDown={(event) => event.key === 'Enter' && commitSpeaker()}
            />
          </label>
        ) : (
          <button type="button" className="speaker-value" title="Correct the speaker" onFocus={() => setIsEditingSpeaker(true)} onClick={() => setIsEditingSpeaker(true)}>
            <span className="speaker-caption">Speaker</span> <span className={speaker ? 'speaker-name' : 'speaker-name is-empty'}>{speaker || 'Unattributed'}</span>
          </button>
        )}
        <span className="quote-facts">
          {quote.title ? `${quote.title} · ` : ''}
          {quote.speakerKind} · {quote.cue ? `“${quote.cue}” · ` : ''}{quote.explanation}
        </span>
      </div>
      <div className="quote-review">
        <span className={`review-status review-${status}`}>{statusLabels[status]}</span>
        {review ? <span className="quote-facts">by {review.reviewer || 'unknown'}, {timeFormat.format(new Date(review.at))}</span> : null}
      </div>
      {review?.note && status === 'flagged' ? <p className="quote-note">Flag: {review.note}</p> : null}
      {onEvidence ? <EvidenceEditor quoteKey={quote.key} evidence={evidence ?? null} onSave={onEvidence} /> : null}
      <div className="quote-actions">
        <button type="button" disabled={status === 'verified'} onClick={() => onReview({ status: 'verified' })}>
          Verify
        </button>
        <button type="button" onClick={() => setIsFlagging(!isFlagging)} aria-expanded={isFlagging}>
          Flag…
        </button>
        <button type="button" disabled={status === 'unreviewed'} onClick={() => onReview({ status: 'unreviewed' })}>
          Reset
        </button>
      </div>
      {pendingAction ? <ReviewerPrompt action={pendingAction} onSubmit={onReviewerName} onCancel={onCancelPending} /> : null}
      {isFlagging ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            onReview({ status: 'flagged', note: note.trim() });
            setIsFlagging(false);
          }}
        >
          <label>
            What must be checked?
            <textarea rows={3} className="grow" value={note} onChange={(event) => setNote(event.target.value)} required />
          </label>
          <button type="submit" className="primary">
            Flag quote
          </button>
        </form>
      ) : null}
    </li>
  );
}

function isSameItem(before: QuoteItemProps, after: QuoteItemProps): boolean {
  const a = before.quote;
  const b = after.quote;
  return (
    a.key === b.key && a.text === b.text && a.speaker === b.speaker && a.speakerKind === b.speakerKind && a.title === b.title && a.cue === b.cue && a.rule === b.rule && a.explanation === b.explanation &&
    before.match?.status === after.match?.status && before.match?.review === after.match?.review && before.pendingAction === after.pendingAction &&
    before.speakerListId === after.speakerListId && before.onReview === after.onReview && before.onJump === after.onJump &&
    before.onReviewerName === after.onReviewerName && before.onCancelPending === after.onCancelPending &&
    before.evidence === after.evidence && before.onEvidence === after.onEvidence
  );
}

/** One quote under review: its words, speaker (correctable), cue, and the editor's decision. Re-renders only when these change. */
export const QuoteItem = memo(QuoteItemView, isSameItem);
