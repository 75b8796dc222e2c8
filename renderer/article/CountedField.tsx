interface CountedFieldProps {
  id: string;
  label: string;
  value: string;
  limit: number;
  isMultiline?: boolean;
  className?: string;
  onChange: (value: string) => void;
}

/** A text field with a live character count against a limit and a clear over-limit state. */
export function CountedField({ id, label, value, limit, isMultiline = false, className = '', onChange }: CountedFieldProps) {
  const length = [...value].length;
  const isOver = length > limit;
  const countId = `${id}-count`;
  const common = {
    id,
    value,
    'aria-describedby': countId,
    'aria-invalid': isOver || undefined,
    className: `${className}${isOver ? ' is-over' : ''}`,
  };
  return (
    <div className="field">
      <div className="field-label-row">
        <label htmlFor={id}>{label}</label>
        <span id={countId} className={`count${isOver ? ' is-over' : ''}`}>
          {length}/{limit}
          {isOver ? ` — ${length - limit} over` : ''}
        </span>
      </div>
      {isMultiline ? (
        <textarea {...common} rows={2} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}
