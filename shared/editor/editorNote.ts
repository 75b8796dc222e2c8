import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    editorNote: {
      /** Attaches an internal editor's note to the selection. */
      setEditorNote: (note: string) => ReturnType;
      /** Resolves (removes) the editor's note at the selection. */
      unsetEditorNote: () => ReturnType;
    };
  }
}

/** An editor's internal comment on a span of text. Kept in the file, never exported. */
export const EditorNote = Mark.create({
  name: 'editorNote',
  inclusive: false,
  excludes: '',

  addAttributes() {
    return {
      note: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-note') ?? '',
        renderHTML: (attributes) => ({ 'data-note': String(attributes.note ?? '') }),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-editor-note]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-editor-note': '', class: 'editor-note' }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      setEditorNote:
        (note) =>
        ({ commands }) =>
          commands.setMark(this.name, { note }),
      unsetEditorNote:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    };
  },
});
