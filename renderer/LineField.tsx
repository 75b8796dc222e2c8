import type { TextareaHTMLAttributes } from 'react';

type LineFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'rows'> & {
  value: string;
  onChange: (value: string) => void;
  /** Enter commits (a rename, say) instead of breaking the line. */
  onEnter?: () => void;
};

/**
 * A one-paragraph text field that wraps and grows with its text instead of scrolling it out of
 * sight, for the narrow Story panel: line breaks typed or pasted become spaces.
 */
export function LineField({ value, onChange, onEnter, className = '', ...rest }: LineFieldProps) {
  return (
    <textarea
      {...rest}
      rows={1}
      className={`line-field ${className}`}
      value={value}
      onChange={(event) => onChange(event.target.value.replace(/\s*\n\s*/g, ' '))}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        onEnter?.();
      }}
    />
  );
}
