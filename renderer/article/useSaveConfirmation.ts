import { useCallback, useEffect, useState } from 'react';

const shownForMs = 4_000;

/**
 * An explicit save (Ctrl/Cmd+S or Save) and the moment it completed, shown calmly for a few
 * seconds so the reporter sees it happened and that a revision was kept.
 */
export function useSaveConfirmation(save: () => Promise<boolean>, onSaved: () => void) {
  const [confirmedAt, setConfirmedAt] = useState<Date | null>(null);
  useEffect(() => {
    if (!confirmedAt) return;
    const timer = window.setTimeout(() => setConfirmedAt(null), shownForMs);
    return () => window.clearTimeout(timer);
  }, [confirmedAt]);
  const saveExplicitly = useCallback(() => {
    void save().then((isWritten) => {
      onSaved();
      if (isWritten) setConfirmedAt(new Date());
    });
  }, [save, onSaved]);
  return { confirmedAt, saveExplicitly };
}
