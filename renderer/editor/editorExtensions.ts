import { Placeholder } from '@tiptap/extensions';
import { extensions } from '../../shared/editor/extensions';
import { PullQuote } from '../../shared/editor/pullQuote';
import { QuoteDecorations } from '../review/quoteDecorations';
import { FindReplace } from './findReplace';
import { pullQuoteView, SourceList } from './pullQuoteView';
import { SmartQuotes } from './smartQuotes';

declare module '@tiptap/core' {
  interface Storage {
    /** The sources the pull quotes' menus list; `BodyEditor` keeps them current. */
    pullQuote: { sources: SourceList };
  }
}

const PullQuoteWithView = PullQuote.extend<Record<string, never>, { sources: SourceList }>({
  addStorage: () => ({ sources: new SourceList() }),
  addNodeView() {
    return pullQuoteView(this.storage.sources);
  },
});

/** What the empty body says: where to start and how quotes are tied to their sources. */
export const bodyPlaceholder = 'Write the story here. Put what people said in quotation marks and say who said it.';

/**
 * The shared schema's extensions with the renderer's views and behaviours added: the pull quote
 * node view, smart quotes, find-and-replace, review decorations and the empty-body placeholder.
 * The schema itself is unchanged.
 */
export const editorExtensions = [
  ...extensions.map((extension) => (extension.name === 'pullQuote' ? PullQuoteWithView : extension)),
  SmartQuotes,
  FindReplace,
  QuoteDecorations,
  Placeholder.configure({ placeholder: bodyPlaceholder }),
];
