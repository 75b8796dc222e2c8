import Collaboration from '@tiptap/extension-collaboration';
import type { AnyExtension } from '@tiptap/core';
import { storyRoots } from '../../shared/collab/storyDoc';
import { editorExtensions } from '../editor/editorExtensions';
import { CollaborationCaret } from './collaborationCaret';
import type { SharedSession } from './sharedSession';

/**
 * The editor's extensions for a shared story: the same schema and behaviours as a local one, the
 * body bound to the story's Y.Doc by `@tiptap/extension-collaboration` (whose undo replaces
 * StarterKit's, undoing only this person's edits), and the other people's carets.
 */
export function collaborationExtensions(session: SharedSession): AnyExtension[] {
  return [
    ...editorExtensions.map((extension): AnyExtension => (extension.name === 'starterKit' ? (extension as AnyExtension).configure({ undoRedo: false }) : extension)),
    Collaboration.configure({ document: session.doc, field: storyRoots.body }),
    CollaborationCaret.configure({ awareness: session.awareness }),
  ];
}
