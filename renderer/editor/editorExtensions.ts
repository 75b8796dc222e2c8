import { Placeholder } from '@tiptap/extensions';
import { extensions } from '../../shared/editor/extensions';
import { QuoteDecorations } from '../review/quoteDecorations';
import { FindReplace } from './findReplace';
import { SmartQuotes } from './smartQuotes';

/** What the empty body says: where to start and how quotes are tied to their sources. */
export const bodyPlaceholder = 'Write the story here. Put what people said in quotation marks and say who said it.';

/**
 * The shared schema's extensions with the renderer's behaviours added: smart quotes,
 * find-and-replace, review decorations and the empty-body placeholder. The schema itself is
 * unchanged; the pull quotes' view is a plugin the body editor hands to its view
 * (`pullQuoteViews`), so the body is drawn once per open.
 */
export const editorExtensions = [...extensions, SmartQuotes, FindReplace, QuoteDecorations, Placeholder.configure({ placeholder: bodyPlaceholder })];
