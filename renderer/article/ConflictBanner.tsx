interface ConflictBannerProps {
  reason: string;
  onChoose: (choice: 'reload-theirs' | 'keep-mine-as-copy') => void;
}

/** Shown when the open article changed on disk: the user decides, nothing is overwritten silently. */
export function ConflictBanner({ reason, onChoose }: ConflictBannerProps) {
  return (
    <div className="banner banner-warning" role="alertdialog" aria-labelledby="conflict-title">
      <p id="conflict-title">
        <strong>This article changed outside Copydesk.</strong> {reason} Your edits are not saved over it.
      </p>
      <div className="banner-actions">
        <button type="button" onClick={() => onChoose('reload-theirs')}>
          Reload their version
        </button>
        <button type="button" className="primary" onClick={() => onChoose('keep-mine-as-copy')}>
          Keep mine as a copy
        </button>
      </div>
    </div>
  );
}
