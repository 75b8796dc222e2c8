import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

/** Options of `CollaborationCaret`. */
export interface CollaborationCaretOptions {
  awareness: Awareness | null;
}

/** Draws another person's caret: a coloured bar with their name above it. */
function caret(user: { name: string; color: string }): HTMLElement {
  const bar = document.createElement('span');
  bar.className = 'collaboration-caret';
  bar.style.borderColor = user.color;
  // Screen readers hear who is in the story from the article bar, not a name in the middle of the text.
  bar.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'collaboration-caret-label';
  label.style.backgroundColor = user.color;
  label.textContent = user.name;
  bar.append(document.createTextNode('\u2060'), label, document.createTextNode('\u2060'));
  return bar;
}

/**
 * Other people's carets and selections in a shared story, on y-tiptap's cursor plugin (the plugin
 * `@tiptap/extension-collaboration-caret` wraps; that package stops at 3.31 and requires
 * `@tiptap/core` 3.31 exactly, while Copydesk is on 3.34). This window's caret is published in
 * the awareness `cursor` field; main relays it.
 */
export const CollaborationCaret = Extension.create<CollaborationCaretOptions>({
  name: 'collaborationCaret',
  addOptions: () => ({ awareness: null }),
  addProseMirrorPlugins() {
    const { awareness } = this.options;
    if (!awareness) throw new RangeError('CollaborationCaret needs an awareness');
    return [yCursorPlugin(awareness, { cursorBuilder: caret, selectionBuilder: (user: { color: string }) => ({ style: `background-color: ${user.color}33`, class: 'collaboration-selection' }) })];
  },
});
