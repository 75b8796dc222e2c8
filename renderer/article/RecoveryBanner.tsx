const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface RecoveryBannerProps {
  savedAt: string;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Offers back text from a save that failed in an earlier session. */
export function RecoveryBanner({ savedAt, onRestore, onDiscard }: RecoveryBannerProps) {
  return (
    <div className="banner banner-info" role="region" aria-label="Recovered text">
      <p>
        <strong>Unsaved text was recovered</strong> from {timeFormat.format(new Date(savedAt))}, when saving failed.
      </p>
      <div className="banner-actions">
        <button type="button" className="primary" onClick={onRestore}>
          Restore recovered text
        </button>
        <button type="button" onClick={onDiscard}>
          Discard it
        </button>
      </div>
    </div>
  );
}
