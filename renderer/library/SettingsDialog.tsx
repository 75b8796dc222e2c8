import { useEffect, useRef, useState } from 'react';
import type { Settings } from '../../shared/ipc';
import { evidenceRequirements, type EvidenceRequirement } from '../../shared/standards/policy';

const evidenceChoices: Record<EvidenceRequirement, string> = {
  none: 'Not required',
  anonymous: 'For every quote from an anonymous or background source',
  all: 'For every quote',
};

interface SettingsDialogProps {
  settings: Settings;
  onSave: (change: Partial<Settings>) => void;
  onClose: () => void;
  /** Opens the "Newsroom server" setting (address and token) in its own dialog. */
  onNewsroom?: () => void;
}

/** Reviewer name and the headline and dek length limits the counters and the checklist use. */
export function SettingsDialog({ settings, onSave, onClose, onNewsroom }: SettingsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [reviewerName, setReviewerName] = useState(settings.reviewerName);
  const [headlineLimit, setHeadlineLimit] = useState(settings.headlineLimit);
  const [dekLimit, setDekLimit] = useState(settings.dekLimit);
  const [evidenceRequirement, setEvidenceRequirement] = useState(settings.evidenceRequirement);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="report-dialog" aria-label="Settings" onClose={onClose}>
      <h2>Settings</h2>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          onSave({ reviewerName: reviewerName.trim(), headlineLimit, dekLimit, evidenceRequirement });
          dialog.current?.close();
        }}
      >
        <label className="stacked">
          Reviewer name (recorded with review decisions and confirmations)
          <input type="text" value={reviewerName} onChange={(event) => setReviewerName(event.target.value)} />
        </label>
        <label className="stacked">
          Headline limit (characters)
          <input type="number" min={10} max={500} value={headlineLimit} onChange={(event) => setHeadlineLimit(Number(event.target.value))} />
        </label>
        <label className="stacked">
          Dek limit (characters)
          <input type="number" min={10} max={2000} value={dekLimit} onChange={(event) => setDekLimit(Number(event.target.value))} />
        </label>
        <label className="stacked">
          Evidence behind quotes, required before publishing
          <select value={evidenceRequirement} onChange={(event) => setEvidenceRequirement(event.target.value as EvidenceRequirement)}>
            {evidenceRequirements.map((value) => (
              <option key={value} value={value}>
                {evidenceChoices[value]}
              </option>
            ))}
          </select>
        </label>
        {onNewsroom ? (
          <p>
            <button type="button" onClick={onNewsroom}>
              Newsroom server…
            </button>{' '}
            Share stories with your newsroom.
          </p>
        ) : null}
        <div className="popover-actions">
          <button type="submit" className="primary">
            Save settings
          </button>
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
