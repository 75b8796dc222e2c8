import type { Editor } from '@tiptap/react';
import type { EditorView } from '@tiptap/pm/view';

/** Space kept between revealed text and the edges of the visible part of the article pane, in pixels. */
const margin = 24;

interface VerticalBox {
  top: number;
  bottom: number;
}

/** The visible part of the article pane: below its sticky chrome (bar, toolbar, find bar) and above its bottom edge. */
function visibleBand(pane: HTMLElement): VerticalBox {
  const box = pane.getBoundingClientRect();
  const chrome = pane.querySelector('.article-chrome')?.getBoundingClientRect();
  return { top: Math.max(box.top, chrome?.bottom ?? box.top) + margin, bottom: box.bottom - margin };
}

/**
 * Scrolls the article pane so `rect` is in view below the sticky chrome. `center` puts it in the
 * middle of the visible part (for jumps: find, review, checklist); `nearest` moves as little as
 * possible (for the caret while typing).
 */
export function revealBox(pane: HTMLElement, rect: VerticalBox, mode: 'center' | 'nearest'): void {
  const band = visibleBand(pane);
  if (mode === 'center') {
    const height = Math.min(rect.bottom - rect.top, band.bottom - band.top);
    pane.scrollTop += rect.top + height / 2 - (band.top + band.bottom) / 2;
    return;
  }
  if (rect.top < band.top) pane.scrollTop -= band.top - rect.top;
  else if (rect.bottom > band.bottom) pane.scrollTop += Math.min(rect.bottom - band.bottom, rect.top - band.top);
}

function paneOf(view: EditorView): HTMLElement | null {
  return view.dom.closest<HTMLElement>('.workspace-pane');
}

/** Scrolls the document range `from`–`to` into the visible part of the article pane. */
export function revealRange(view: EditorView, from: number, to: number, mode: 'center' | 'nearest'): boolean {
  const pane = paneOf(view);
  if (!pane) return false;
  const size = view.state.doc.content.size;
  const start = view.coordsAtPos(Math.min(from, size));
  const end = view.coordsAtPos(Math.min(to, size));
  revealBox(pane, { top: Math.min(start.top, end.top), bottom: Math.max(start.bottom, end.bottom) }, mode);
  return true;
}

/** ProseMirror's `handleScrollToSelection`: keeps the caret out from under the sticky toolbar. */
export function revealSelection(view: EditorView): boolean {
  const { head } = view.state.selection;
  return revealRange(view, head, head, 'nearest');
}

/** Selects `from`–`to` in the body, focuses it and centres the range in the visible part of the pane. */
export function jumpTo(editor: Editor, from: number, to: number): void {
  editor.chain().focus(null, { scrollIntoView: false }).setTextSelection({ from, to }).run();
  revealRange(editor.view, from, to, 'center');
}
