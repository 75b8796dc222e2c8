import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Editor } from '@tiptap/react';
import { perNode } from '../analysis/documentIndex';
import { useIdleValue } from '../editor/useIdleValue';

/** The quotes linked in one block, in order: [source id, text]. */
function blockLinks(block: ProseMirrorNode): [string, string][] {
  const links: [string, string][] = [];
  const add = (sourceId: unknown, text: string) => {
    if (typeof sourceId === 'string' && sourceId) links.push([sourceId, text]);
  };
  const visit = (node: ProseMirrorNode): void => {
    if (node.type.name === 'pullQuote') return add(node.attrs.sourceId, node.textContent);
    if (!node.isTextblock) return node.forEach(visit);
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
  };
  visit(block);
  return links;
}

// Read once per top-level block: a pause in typing reads again only the block typed in.
const cachedBlockLinks = perNode(blockLinks);

/** Texts of the quotes linked to each source id (inline quote marks and pull quotes). */
export function linkedQuotes(editor: Editor): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  editor.state.doc.forEach((block) => {
    for (const [sourceId, text] of cachedBlockLinks(block)) bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), text]);
  });
  return bySource;
}

function isSameLinks(before: Map<string, string[]>, after: Map<string, string[]>): boolean {
  if (before.size !== after.size) return false;
  for (const [sourceId, texts] of after) {
    const previous = before.get(sourceId);
    if (!previous || previous.length !== texts.length || previous.some((text, index) => text !== texts[index])) return false;
  }
  return true;
}

/** `linkedQuotes`, recomputed when typing pauses; the sources panel re-renders only when a link changed. */
export function useLinkedQuotes(editor: Editor | null): Map<string, string[]> {
  return useIdleValue(editor, linkedQuotes, new Map(), 500, isSameLinks);
}
