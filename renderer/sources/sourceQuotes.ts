import type { Editor } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { paragraphStarts, quoteRange } from '../review/positions';
import type { Analysis } from '../review/useAnalysis';

/** One quote of a source as its card shows it: the words, where they are, and whether they are linked yet. */
export interface SourceQuote {
  key: string;
  text: string;
  from: number;
  to: number;
  /** Tied to the source by an inline-quote link or a pull quote's "said by"; otherwise only detected by the analyser. */
  isLinked: boolean;
  isPullQuote: boolean;
}

const openingMarks = '“"‘\'';
const closingMarks = '”"’\'';

/** The quote's range widened to take in the quotation marks around it, as a reporter would select it. */
function withMarks(doc: ProseMirrorNode, from: number, to: number): { from: number; to: number } {
  const before = from > 0 ? doc.textBetween(from - 1, from) : '';
  const after = to < doc.content.size ? doc.textBetween(to, to + 1) : '';
  return { from: openingMarks.includes(before) && before ? from - 1 : from, to: closingMarks.includes(after) && after ? to + 1 : to };
}

function isLinkedTo(doc: ProseMirrorNode, from: number, to: number, sourceId: string): boolean {
  let isLinked = false;
  doc.nodesBetween(from, to, (node) => {
    if (node.marks.some((mark) => mark.type.name === 'inlineQuote' && mark.attrs.sourceId === sourceId)) isLinked = true;
  });
  return isLinked;
}

/**
 * Every quote of each source, by source id: the quotes the analyser gives that source (the same
 * ones the Review tab lists), each marked linked or only detected, and the pull quotes said by it.
 */
export function quotesBySource(editor: Editor, analysis: Analysis): Map<string, SourceQuote[]> {
  const doc = editor.state.doc;
  const starts = paragraphStarts(doc);
  const bySource = new Map<string, SourceQuote[]>();
  const add = (sourceId: string, quote: SourceQuote) => {
    const list = bySource.get(sourceId);
    if (list) list.push(quote);
    else bySource.set(sourceId, [quote]);
  };
  for (const quote of analysis.quotes) {
    const range = quote.sourceId ? quoteRange(starts, quote) : null;
    if (!quote.sourceId || !range || range.to > doc.content.size) continue;
    const wide = withMarks(doc, range.from, range.to);
    add(quote.sourceId, { key: quote.key, text: quote.text, ...wide, isLinked: isLinkedTo(doc, range.from, range.to, quote.sourceId), isPullQuote: false });
  }
  doc.descendants((node, pos) => {
    if (node.type.name !== 'pullQuote') return true;
    const sourceId = node.attrs.sourceId as string | null;
    if (sourceId) add(sourceId, { key: `pull-${pos}`, text: node.textContent, from: pos, to: pos + node.nodeSize, isLinked: true, isPullQuote: true });
    return false;
  });
  return bySource;
}

/** Links a detected quote to its source with an inline-quote mark, unless the text moved since the analysis. */
export function linkQuote(editor: Editor, sourceId: string, quote: SourceQuote): boolean {
  const { doc, schema } = editor.state;
  if (quote.to > doc.content.size || !doc.textBetween(quote.from, quote.to).includes(quote.text)) return false;
  const mark = schema.marks.inlineQuote?.create({ sourceId });
  if (!mark) return false;
  editor.view.dispatch(editor.state.tr.addMark(quote.from, quote.to, mark));
  return true;
}
