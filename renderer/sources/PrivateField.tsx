import { isSealedValue } from '../../shared/article/model';

interface PrivateFieldProps {
  label: string;
  value: string;
  rows: number;
  onChange: (value: string) => void;
}

/**
 * A private text field. A value sealed on another computer cannot be read here: it is shown as
 * such, read-only, so it is kept as it is and never replaced with empty text.
 */
export function PrivateField({ label, value, rows, onChange }: PrivateFieldProps) {
  if (isSealedValue(value)) {
    return (
      <div className="stacked">
        {label}
        <p className="hint" role="note">
          Encrypted on another computer: it cannot be read here and is kept unchanged.
        </p>
      </div>
    );
  }
  return (
    <label className="stacked">
      {label}
      <textarea rows={rows} maxLength={20_000} value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}
