import type { ReactNode } from 'react';

interface StoryFieldProps {
  /** The id of the control inside, which the label names; omit for a group (then `label` is a legend). */
  htmlFor?: string;
  label: string;
  /** Limits and counts, e.g. "12 characters" or "2 of 100 tags"; read out as the control's description. */
  hint?: ReactNode;
  hintId?: string;
  isProblem?: boolean;
  children: ReactNode;
}

/** One field of the Story panel: its label, the control, and a line with its limits and counts. */
export function StoryField({ htmlFor, label, hint, hintId, isProblem = false, children }: StoryFieldProps) {
  const hintLine = hint ? (
    <span id={hintId} className={`field-hint${isProblem ? ' is-over' : ''}`}>
      {hint}
    </span>
  ) : null;
  if (!htmlFor) {
    return (
      <fieldset className="story-field">
        <legend>{label}</legend>
        {children}
        {hintLine}
      </fieldset>
    );
  }
  return (
    <div className="story-field">
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {hintLine}
    </div>
  );
}
