/**
 * The bare TipTap baseline of `npm run bench`: StarterKit and nothing else, no React, mounted on
 * a page with Copydesk's body typography. The bench calls `__mountBare(doc)` with a document of
 * the same size as the one typed into in Copydesk, then types into it with the same probe; calling it
 * again makes a fresh editor, which the bench times as bare TipTap's open.
 */
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

type BareWindow = Window & { __mountBare?: (doc: JSONContent) => void };

let editor: Editor | null = null;

(window as BareWindow).__mountBare = (doc) => {
  const element = document.getElementById('editor');
  if (!element) throw new Error('bare page: no #editor element');
  // Mounted again to time opening: the last editor goes first, as Copydesk's goes when another article opens.
  editor?.destroy();
  element.replaceChildren();
  editor = new Editor({
    element,
    extensions: [StarterKit],
    content: doc,
    editorProps: { attributes: { class: 'body-editor', 'aria-label': 'Article body', role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true' } },
  });
};
