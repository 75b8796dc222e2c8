import { ReactNodeViewRenderer } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import { extensions } from '../../shared/editor/extensions';
import { PullQuote } from '../../shared/editor/pullQuote';
import { QuoteDecorations } from '../review/quoteDecorations';
import { FindReplace } from './findReplace';
import { PullQuoteView } from './PullQuoteView';
import { SmartQuotes } from './smartQuotes';

const PullQuoteWithView = PullQuote.extend({
  addNodeView: () => ReactNodeViewRenderer(PullQuoteView),
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
