import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pullQuote: {
      /** Inserts a pull quote with the given text, linked to a source when `sourceId` is set. */
      insertPullQuote: (attrs: { text: string; sourceId?: string | null }) => ReturnType;
      /** Links the pull quote at the selection to a source, or unlinks it with `null`. */
      setPullQuoteSource: (sourceId: string | null) => ReturnType;
    };
  }
}

/**
 * A pull quote: a display block holding the quoted words (plain text, no marks) and the id
 * of the source who said them. Exported as `<figure><blockquote>` with the speaker outside.
 */
export const PullQuote = Node.create({
  name: 'pullQuote',
  group: 'block',
  content: 'text*',
  marks: '',
  defining: true,
  isolating: true,

  addAttributes() {
    return {
      sourceId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-source-id'),
        renderHTML: (attributes) => (attributes.sourceId ? { 'data-source-id': attributes.sourceId } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-pull-quote]', contentElement: 'blockquote' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['figure', mergeAttributes({ 'data-pull-quote': '', class: 'pull-quote' }, HTMLAttributes), ['blockquote', 0]];
  },

  addCommands() {
    return {
      insertPullQuote:
        ({ text, sourceId = null }) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: { sourceId },
            content: text ? [{ type: 'text', text }] : [],
          }),
      setPullQuoteSource:
        (sourceId) =>
        ({ commands }) =>
          commands.updateAttributes(this.name, { sourceId }),
    };
  },
});
