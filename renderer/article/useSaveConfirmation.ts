import { useCallback, useEffect, useRef } from 'react';
import type { SaveStatusStore } from './saveStatus';

const shownForMs = 4_000;

/**
 * An explicit save (Ctrl/Cmd+S or Save) and the moment it completed, kept in the save status for a
 * few seconds so the reporter sees it happened and that a revision was kept.
 */
export function useSaveConfirmation(save: () => Promise<boolean>, onSaved: () => void, status: SaveStatusStore) {
  const timer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  const saveExplicitly = useCallback(() => {
    void save().then((isWritten) => {
      onSaved();
      if (!isWritten) return;
      if (timer.current !== null) window.clearTimeout(timer.current);
      status.set({ confirmedAt: new Date() });
      timer.current = window.setTimeout(() => status.set({ confirmedAt: null }), shownForMs);
    });
  }, [save, onSaved, status]);
  return { saveExplicitly };
}
