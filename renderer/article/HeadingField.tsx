import type { KeyboardEvent } from 'react';

interface HeadingFieldProps {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  limit: number;
  className: string;
  onChange: (value: string) => void;
  /** Enter moves on (headline → dek → body) instead of breaking the line. */
  onEnter: () => void;
}

/**
 * A headline or dek at the top of the page: large type that grows with its text and is never
 * clipped, one paragraph only, and a quiet count against the newsroom's limit.
 */
export function HeadingField({ id, label, placeholder, value, limit, className, onChange, onEnter }: HeadingFieldProps) {
  const length = [...value].length;
  const isOver = length > limit;
  const countId = `${id}-count`;
  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onEnter();
  };
  return (
    <div className={`heading-field${isOver ? ' is-over' : ''}`}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        className={className}
        rows={1}
        value={value}
        placeholder={placeholder}
        aria-describedby={countId}
        aria-invalid={isOver || undefined}
        onKeyDown={handleKeyDown}
        onChange={(event) => onChange(event.target.value.replace(/\s*\n\s*/g, ' '))}
      />
      <span id={countId} className={`count${isOver ? ' is-over' : ''}`}>
        {length} of {limit} characters{isOver ? `, ${length - limit} over` : ''}
      </span>
    </div>
  );
}
