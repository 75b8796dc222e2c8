import { useSaveStatus, type SaveStatusStore } from './saveStatus';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

interface SaveIndicatorProps {
  /** The open article's save status; this indicator is what renders when it changes. */
  status: SaveStatusStore;
}

/**
 * "Saved", "Saving…", "Unsaved changes" or "Not saved", announced politely to screen readers.
 * After an explicit save it says so calmly for a few seconds, and that a revision was kept. The
 * words marked `is-wide-only` are left out where the bar is narrow, so it always stays one line.
 */
export function SaveIndicator({ status }: SaveIndicatorProps) {
  const state = useSaveStatus(status, (current) => current.state);
  const confirmedAt = useSaveStatus(status, (current) => current.confirmedAt);
  const isConfirming = confirmedAt !== null && state.kind === 'saved';
  const text = isConfirming ? (
    <>
      Saved at {timeFormat.format(confirmedAt)} · revision kept<span className="is-wide-only"> in History</span>
    </>
  ) : state.kind === 'saved'
      ? 'Saved'
      : state.kind === 'saving'
        ? 'Saving…'
        : state.kind === 'pending'
          ? 'Unsaved changes'
          : 'Not saved';
  const isProblem = state.kind === 'failed' || state.kind === 'conflict';
  return (
    <span className={`save-state${isProblem ? ' is-problem' : ''}${isConfirming ? ' is-confirming' : ''}`} role="status" aria-live="polite" data-save-state={state.kind}>
      {text}
    </span>
  );
}
