import { useEffect, useState } from 'react';

/** The reviewer's name, recorded with every decision; reviewing is disabled until it is set. */
export function ReviewerField({ name, onChange }: { name: string; onChange: (name: string) => void }) {
  const [value, setValue] = useState(name);
  useEffect(() => setValue(name), [name]);
  return (
    <label className="stacked">
      Reviewer name
      <input type="text" value={value} placeholder="Your name, recorded with each decision" onChange={(event) => setValue(event.target.value)} onBlur={() => value !== name && onChange(value.trim())} onKeyDown={(event) => event.key === 'Enter' && value !== name && onChange(value.trim())} />
      {name ? null : <span className="hint">Enter your name to verify or flag quotes.</span>}
    </label>
  );
}
