import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * Document positions where each analysed paragraph's text starts, in the same order as
 * `analyserInputFor` in shared/publish/analyserInput.ts (paragraphs, not headings or pull quotes).
 */
export function paragraphStarts(doc: ProseMirrorNode): number[] {
  const starts: number[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'paragraph') {
      starts.push(pos + 1);
      return false;
    }
    return node.type.name !== 'pullQuote' && node.type.name !== 'heading';
  });
  return starts;
}

/** The document range of a quote's text, or null when the paragraph no longer exists. */
export function quoteRange(starts: readonly number[], quote: { paragraph: number; start: number; end: number }): { from: number; to: number } | null {
  const base = starts[quote.paragraph];
  return base === undefined ? null : { from: base + quote.start, to: base + quote.end };
}
