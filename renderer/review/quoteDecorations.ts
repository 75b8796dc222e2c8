import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** One quote to decorate: its document range and the class that shows its review state. */
export interface QuoteMark {
  from: number;
  to: number;
  className: string;
  key: string;
}

const quoteMarksKey = new PluginKey<DecorationSet>('quoteMarks');

/** Meta that replaces the decorations; mapped through edits until the next analysis. */
export const quoteMarksMeta = quoteMarksKey;

/**
 * Underlines quotes in the body by review state (quiet for verified, strong for unattributed).
 * The decorations come from the analyser after typing pauses and are only mapped per keystroke.
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
            const marks = tr.getMeta(quoteMarksKey) as QuoteMark[] | undefined;
            if (marks) {
              const size = tr.doc.content.size;
              const valid = marks.filter((mark) => mark.from >= 0 && mark.to <= size && mark.from < mark.to);
              return DecorationSet.create(tr.doc, valid.map((mark) => Decoration.inline(mark.from, mark.to, { class: mark.className, 'data-quote-key': mark.key })));
            }
            return tr.docChanged ? previous.map(tr.mapping, tr.doc) : previous;
          },
        },
        props: { decorations: (state) => quoteMarksKey.getState(state) },
      }),
    ];
  },
});
