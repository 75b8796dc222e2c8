import { getSchema, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { EditorNote } from './editorNote';
import { InlineQuote } from './inlineQuote';
import { isSafeHref } from './links';
import { PullQuote } from './pullQuote';

/**
 * The one list of editor extensions. The editor, the importers and the exporter all use it,
 * so what the editor can hold is exactly what can be saved, imported and exported.
 */
export const extensions: AnyExtension[] = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      protocols: ['mailto'],
      isAllowedUri: (url) => isSafeHref(url),
      shouldAutoLink: (url) => isSafeHref(url) || isSafeHref(`https://${url}`),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
  PullQuote,
  InlineQuote,
  EditorNote,
];

/** The ProseMirror schema built from `extensions`; plain data, usable in Node. */
export const editorSchema = getSchema(extensions);
