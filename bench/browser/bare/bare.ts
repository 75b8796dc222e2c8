/**
 * The bare TipTap baseline of `npm run bench`: StarterKit and nothing else, no React, mounted on
 * a page with Copydesk's body typography. The bench calls `__mountBare(doc)` with a document of
 * the same size as the one typed into in Copydesk, then types into it with the same probe.
 */
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

type BareWindow = Window & { __mountBare?: (doc: JSONContent) => void };

(window as BareWindow).__mountBare = (doc) => {
  const element = document.getElementById('editor');
  if (!element) throw new Error('bare page: no #editor element');
  new Editor({
    element,
    extensions: [StarterKit],
    content: doc,
    editorProps: { attributes: { class: 'body-editor', 'aria-label': 'Article body', role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true' } },
  });
};
