import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';

/**
 * A value computed from the editor once at mount and again when typing pauses for `delayMs`,
 * never per keystroke. With `isSame`, a value equal to the last one does not re-render.
 */
export function useIdleValue<T>(editor: Editor | null, compute: (editor: Editor) => T, initial: T, delayMs: number, isSame?: (before: T, after: T) => boolean): T {
  const [value, setValue] = useState<T>(initial);
  const computeRef = useRef(compute);
  computeRef.current = compute;
  const isSameRef = useRef(isSame);
  isSameRef.current = isSame;
  useEffect(() => {
    if (!editor) return;
    let timer: number | null = null;
    const refresh = () => {
      const next = computeRef.current(editor);
      setValue((previous) => (isSameRef.current?.(previous, next) ? previous : next));
    };
    const handleUpdate = () => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(refresh, delayMs);
    };
    refresh();
    editor.on('update', handleUpdate);
    return () => {
      editor.off('update', handleUpdate);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [editor, delayMs]);
  return value;
}
