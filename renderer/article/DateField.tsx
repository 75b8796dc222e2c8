import { useEffect, useState } from 'react';

interface DateFieldProps {
  id: string;
  value: string;
  describedBy: string;
  onChange: (date: string) => void;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The dateline date as one text field (one Tab stop, unlike the browser's date input with its
 * three segments) plus a "Today" button. Text that is not yet a date stays in the field, marked,
 * and is not saved until it is one.
 */
export function DateField({ id, value, describedBy, onChange }: DateFieldProps) {
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const isInvalid = text.trim() !== '' && !isCalendarDate(text.trim());
  const change = (next: string) => {
    setText(next);
    const trimmed = next.trim();
    if (trimmed === '' || isCalendarDate(trimmed)) onChange(trimmed);
  };
  return (
    <div className="date-row">
      <input id={id} type="text" aria-label="Dateline date" inputMode="numeric" placeholder="YYYY-MM-DD" value={text} aria-invalid={isInvalid || undefined} aria-describedby={describedBy} onChange={(event) => change(event.target.value)} />
      <button type="button" onClick={() => change(today())}>
        Today
      </button>
    </div>
  );
}
