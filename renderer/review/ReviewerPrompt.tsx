import { useState } from 'react';

interface ReviewerPromptProps {
  /** What the reporter was doing, e.g. "verify this quote". */
  action: string;
  onSubmit: (name: string) => void;
  onCancel: () => void;
}

/**
 * Asks, in place, for the name to record with a review decision — once, at the first decision;
 * the name is then kept in Settings and never asked again.
 */
export function ReviewerPrompt({ action, onSubmit, onCancel }: ReviewerPromptProps) {
  const [name, setName] = useState('');
  return (
    <form
      className="reviewer-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) onSubmit(name.trim());
      }}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <label className="stacked">
        Your name, recorded with each decision
        <input type="text" autoFocus value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <span className="hint">Asked once; change it later in Settings.</span>
      <div className="popover-actions">
        <button type="submit" className="primary" disabled={!name.trim()}>
          Save name and {action}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
