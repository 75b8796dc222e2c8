import { useEffect, useState } from 'react';
import type { CopydeskEvents } from '../shared/ipc';
import { onEvent } from './api';

/** Progress of a batch import or export, from main's `progress` events; hidden when idle. */
export function ProgressBar() {
  const [progress, setProgress] = useState<CopydeskEvents['progress'] | null>(null);
  useEffect(
    () =>
      onEvent('progress', (payload) => {
        setProgress(payload.done >= payload.total ? null : payload);
      }),
    [],
  );
  if (!progress) return null;
  const verb = progress.task === 'import' ? 'Importing' : 'Exporting';
  return (
    <div className="progress" role="status">
      <span>
        {verb} {progress.done} of {progress.total}: {progress.label}
      </span>
      <progress max={progress.total} value={progress.done} aria-label={`${verb} progress`} />
    </div>
  );
}
