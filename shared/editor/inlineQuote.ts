import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    inlineQuote: {
      /** Marks the selected quoted words as said by the given source. */
      setInlineQuote: (sourceId: string) => ReturnType;
      /** Removes the quote link from the selection. */
      unsetInlineQuote: () => ReturnType;
    };
  }
}

/**
 * Ties a quoted span of a paragraph to a source. The quotation marks stay part of the text,
 * as the reporter typed them; the mark only records who said it.
 */
export const InlineQuote = Mark.create({
  name: 'inlineQuote',
  inclusive: false,
  excludes: '',

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
    return [{ tag: 'span[data-inline-quote]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-inline-quote': '', class: 'inline-quote' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setInlineQuote:
        (sourceId) =>
        ({ commands }) =>
          commands.setMark(this.name, { sourceId }),
      unsetInlineQuote:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },
});
