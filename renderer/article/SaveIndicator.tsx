import type { SaveState } from './useArticleDocument';

/** "Saved", "Saving…" or "Not saved: <reason>", announced politely to screen readers. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved'
      ? 'Saved'
      : state.kind === 'saving'
        ? 'Saving…'
        : state.kind === 'pending'
          ? 'Unsaved changes'
          : `Not saved: ${state.reason}`;
  const isProblem = state.kind === 'failed' || state.kind === 'conflict';
  return (
    <span className={`save-state${isProblem ? ' is-problem' : ''}`} role="status" aria-live="polite" data-save-state={state.kind}>
      {text}
    </span>
  );
}
