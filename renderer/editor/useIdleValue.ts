import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';

/**
 * A value computed from the editor once at mount and again when typing pauses for `delayMs`,
 * never per keystroke.
 */
export function useIdleValue<T>(editor: Editor | null, compute: (editor: Editor) => T, initial: T, delayMs: number): T {
  const [value, setValue] = useState<T>(initial);
  const computeRef = useRef(compute);
  computeRef.current = compute;
  useEffect(() => {
    if (!editor) return;
    let timer: number | null = null;
    const refresh = () => setValue(computeRef.current(editor));
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
