import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';

/** Texts of the quotes linked to each source id (inline quote marks and pull quotes). */
export function linkedQuotes(editor: Editor): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  const add = (sourceId: unknown, text: string) => {
    if (typeof sourceId !== 'string' || !sourceId) return;
    const list = bySource.get(sourceId) ?? [];
    list.push(text);
    bySource.set(sourceId, list);
  };
  editor.state.doc.descendants((node) => {
    if (node.type.name === 'pullQuote') {
      add(node.attrs.sourceId, node.textContent);
      return false;
    }
    if (!node.isTextblock) return true;
    let run: { id: string; text: string } | null = null;
    node.forEach((child) => {
      const mark = child.marks.find((candidate) => candidate.type.name === 'inlineQuote');
      const id = mark ? String(mark.attrs.sourceId ?? '') : '';
      if (run && run.id === id) run.text += child.text ?? '';
      else {
        if (run) add(run.id, run.text);
        run = id ? { id, text: child.text ?? '' } : null;
      }
    });
    if (run) add((run as { id: string }).id, (run as { text: string }).text);
    return false;
  });
  return bySource;
}

/** `linkedQuotes`, recomputed when typing pauses. */
export function useLinkedQuotes(editor: Editor | null): Map<string, string[]> {
  const [quotes, setQuotes] = useState<Map<string, string[]>>(new Map());
  useEffect(() => {
    if (!editor) return;
    let timer: number | null = null;
    const refresh = () => setQuotes(linkedQuotes(editor));
    const handleUpdate = () => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(refresh, 500);
    };
    refresh();
    editor.on('update', handleUpdate);
    return () => {
      editor.off('update', handleUpdate);
      if (timer !== null) window.clearTimeout(timer);
    };
  }, [editor]);
  return quotes;
}
