import { prosemirrorJSONToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { BodyNode } from '../article/model';
import { editorSchema } from '../editor/extensions';

/**
 * The body as TipTap JSON, read from the XML fragment that `@tiptap/extension-collaboration`
 * edits (y-tiptap's conversion, no DOM). An empty fragment reads as one empty paragraph.
 */
export function readBody(fragment: Y.XmlFragment): BodyNode {
  if (fragment.length === 0) return { type: 'doc', content: [{ type: 'paragraph' }] };
  return yXmlFragmentToProseMirrorRootNode(fragment, editorSchema).toJSON() as BodyNode;
}

/**
 * Makes the fragment hold `body`. An empty fragment is filled; a filled one is changed by
 * y-tiptap's structural diff, so unchanged paragraphs keep their identity and concurrent
 * edits to them still merge. Throws a RangeError when the body does not fit the editor schema.
 */
export function writeBody(fragment: Y.XmlFragment, body: BodyNode): void {
  const doc = fragment.doc;
  if (!doc) throw new RangeError('writeBody: the fragment must belong to a Y.Doc');
  if (fragment.length === 0) {
    prosemirrorJSONToYXmlFragment(editorSchema, body, fragment);
    return;
  }
  const node = editorSchema.nodeFromJSON(body);
  updateYFragment(doc, fragment, node, { mapping: new Map(), isOMark: new Map() });
}

/** The body as the editor schema normalises it (every attribute filled in), for comparisons. */
export function normaliseBody(body: BodyNode): BodyNode {
  return editorSchema.nodeFromJSON(body).toJSON() as BodyNode;
}
