import { useCallback, useEffect, useState, type DragEvent } from 'react';
import type { ImportOutcome } from '../../shared/ipc';
import { call, errorMessage } from '../api';
import { readDroppedFile } from './readDroppedFile';

/** Import from the File menu (native dialog) and by dropping files on the window. */
export function useImport(onImported: () => void) {
  const [outcomes, setOutcomes] = useState<ImportOutcome[] | null>(null);
  const [isDragging, setIsDragging] = useState(false);

  const finish = useCallback(
    (results: ImportOutcome[] | null) => {
      if (!results) return;
      setOutcomes(results);
      onImported();
    },
    [onImported],
  );

  const importFromDialog = useCallback(() => {
    call('importFiles', undefined).then(finish, (error: unknown) => setOutcomes([{ ok: false, fileName: 'Import', reason: errorMessage(error) }]));
  }, [finish]);

  const importDropped = useCallback(
    async (files: File[]) => {
      const results: ImportOutcome[] = [];
      for (const file of files) {
        try {
          results.push(await call('importData', { name: file.name, dataBase64: await readDroppedFile(file) }));
        } catch (error) {
          results.push({ ok: false, fileName: file.name, reason: errorMessage(error) });
        }
      }
      finish(results);
    },
    [finish],
  );

  const dropHandlers = {
    onDragOver: (event: DragEvent) => {
      if (!event.dataTransfer.types.includes('Files')) return;
      event.preventDefault();
      setIsDragging(true);
    },
    onDragLeave: () => setIsDragging(false),
    onDrop: (event: DragEvent) => {
      if (event.dataTransfer.files.length === 0) return;
      event.preventDefault();
      setIsDragging(false);
      void importDropped([...event.dataTransfer.files]);
    },
  };

  useEffect(() => {
    // Files dropped outside the drop zone must not navigate the window to them.
    const block = (event: Event) => event.preventDefault();
    window.addEventListener('dragover', block);
    window.addEventListener('drop', block);
    return () => {
      window.removeEventListener('dragover', block);
      window.removeEventListener('drop', block);
    };
  }, []);

  return { outcomes, clearOutcomes: () => setOutcomes(null), importFromDialog, dropHandlers, isDragging };
}
