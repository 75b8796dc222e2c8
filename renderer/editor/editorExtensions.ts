import { ReactNodeViewRenderer } from '@tiptap/react';
import { extensions } from '../../shared/editor/extensions';
import { PullQuote } from '../../shared/editor/pullQuote';
import { QuoteDecorations } from '../review/quoteDecorations';
import { FindReplace } from './findReplace';
import { PullQuoteView } from './PullQuoteView';
import { SmartQuotes } from './smartQuotes';

const PullQuoteWithView = PullQuote.extend({
  addNodeView: () => ReactNodeViewRenderer(PullQuoteView),
});

/**
 * The shared schema's extensions with the renderer's views and behaviours added: the pull quote
 * node view, smart quotes, find-and-replace and review decorations. The schema itself is unchanged.
 */
export const editorExtensions = [...extensions.map((extension) => (extension.name === 'pullQuote' ? PullQuoteWithView : extension)), SmartQuotes, FindReplace, QuoteDecorations];
