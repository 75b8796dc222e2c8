import type { BodyNode } from '../../shared/article/model';
import { editorSchema } from '../../shared/editor/extensions';

/** A mark as TipTap JSON holds it. */
export interface MarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A text node carrying the given marks (none when the list is empty). */
export function textNode(text: string, marks: readonly MarkJson[]): BodyNode {
  return marks.length > 0 ? { type: 'text', text, marks: sortMarks(marks) } : { type: 'text', text };
}

/** A paragraph holding the given inline nodes, or an empty paragraph when there are none. */
export function paragraphNode(inline: BodyNode[]): BodyNode {
  return inline.length > 0 ? { type: 'paragraph', content: inline } : { type: 'paragraph' };
}

/**
 * Tidies inline content the way the editor would hold it: runs of whitespace become one space,
 * whitespace at the start, the end and around hard breaks goes, empty text nodes go, and
 * neighbouring text nodes with the same marks merge.
 */
export function normaliseInline(nodes: BodyNode[]): BodyNode[] {
  const collapsed = nodes.map((node) =>
    node.type === 'text' ? { ...node, text: (node.text ?? '').replace(/[ \t\n\r\f\v]+/g, ' ') } : node,
  );
  trimEdges(collapsed);
  const merged: BodyNode[] = [];
  for (const node of collapsed) {
    if (node.type === 'text' && !node.text) continue;
    const last = merged[merged.length - 1];
    if (last && last.type === 'text' && node.type === 'text' && sameMarks(last.marks, node.marks)) {
      merged[merged.length - 1] = { ...last, text: `${last.text ?? ''}${node.text ?? ''}` };
      continue;
    }
    if (last && last.type === 'text' && node.type === 'text' && last.text?.endsWith(' ') && node.text?.startsWith(' ')) {
      merged.push({ ...node, text: node.text.slice(1) });
      continue;
    }
    merged.push(node);
  }
  return merged.filter((node) => node.type !== 'text' || Boolean(node.text));
}

function trimEdges(nodes: BodyNode[]): void {
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index];
    if (!node || node.type !== 'text') continue;
    const previous = nodes[index - 1];
    const next = nodes[index + 1];
    if (!previous || previous.type === 'hardBreak') node.text = (node.text ?? '').replace(/^ +/, '');
    if (!next || next.type === 'hardBreak') node.text = (node.text ?? '').replace(/ +$/, '');
  }
  const first = nodes.find((node) => node.type !== 'text' || node.text);
  if (first?.type === 'hardBreak') nodes.splice(nodes.indexOf(first), 1);
}

function sameMarks(a: BodyNode['marks'], b: BodyNode['marks']): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** ProseMirror requires a node's marks in schema order; this sorts them so. */
function sortMarks(marks: readonly MarkJson[]): MarkJson[] {
  const order = Object.keys(editorSchema.marks);
  const rank = (mark: MarkJson): number => {
    const index = order.indexOf(mark.type);
    return index < 0 ? order.length : index;
  };
  return [...marks].sort((a, b) => rank(a) - rank(b));
}
