import type { Editor } from '@tiptap/react';
import { useIdleValue } from '../editor/useIdleValue';

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
  return useIdleValue(editor, linkedQuotes, new Map(), 500);
}
