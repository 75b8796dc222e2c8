import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** One quote to decorate: its document range and the class that shows its review state. */
export interface QuoteMark {
  from: number;
  to: number;
  className: string;
  key: string;
}

interface MarkSpec {
  className: string;
  key: string;
}

const quoteMarksKey = new PluginKey<DecorationSet>('quoteMarks');

/** Meta that replaces the decorations; mapped through edits until the next analysis. */
export const quoteMarksMeta = quoteMarksKey;

const identity = (from: number, to: number, { className, key }: MarkSpec) => `${from}:${to}:${className}:${key}`;

/**
 * Moves the set to `marks` by removing only the decorations that are no longer wanted and adding
 * only the new ones, so the unchanged parts of the set (and the paragraphs they sit in) stay as they are.
 */
function replaceMarks(set: DecorationSet, doc: ProseMirrorNode, marks: readonly QuoteMark[]): DecorationSet {
  const size = doc.content.size;
  const wanted = new Map<string, QuoteMark>();
  for (const mark of marks) if (mark.from >= 0 && mark.to <= size && mark.from < mark.to) wanted.set(identity(mark.from, mark.to, mark), mark);
  const stale = set.find().filter((decoration) => !wanted.delete(identity(decoration.from, decoration.to, decoration.spec as MarkSpec)));
  const added = [...wanted.values()].map((mark) =>
    Decoration.inline(mark.from, mark.to, { class: mark.className, 'data-quote-key': mark.key }, { className: mark.className, key: mark.key } satisfies MarkSpec),
  );
  return set.remove(stale).add(doc, added);
}

/**
 * Underlines quotes in the body by review state (quiet for verified, strong for unattributed).
 * The decorations come from the analyser after typing pauses; per keystroke they are only mapped
 * through the edit, and a new analysis touches only the quotes whose place or state changed.
 */
export const QuoteDecorations = Extension.create({
  name: 'quoteDecorations',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: quoteMarksKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, previous) {
            const mapped = tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous;
            const marks = tr.getMeta(quoteMarksKey) as QuoteMark[] | undefined;
            return marks ? replaceMarks(mapped, tr.doc, marks) : mapped;
          },
        },
        props: { decorations: (state) => quoteMarksKey.getState(state) },
      }),
    ];
  },
});
