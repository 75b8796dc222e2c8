import type { Editor } from '@tiptap/react';

/** Where the reporter is reading: the body block at the top of the view and how many pixels of it are scrolled past. */
export interface ReadingAnchor {
  block: number;
  offset: number;
}

/** The top of the article pane's visible part, below its sticky chrome (bar, toolbar, find bar). */
function viewTop(pane: HTMLElement): number {
  const chrome = pane.querySelector('.article-chrome')?.getBoundingClientRect();
  return Math.max(pane.getBoundingClientRect().top, chrome?.bottom ?? 0);
}

function bodyBlocks(pane: HTMLElement): HTMLCollection | null {
  return pane.querySelector('.body-editor')?.children ?? null;
}

/**
 * The block at the top of the view, found by bisection over the body's top-level blocks (their
 * boxes are known without laying out the text of off-screen ones), or null when the view's top is
 * above the body (headline, dek) or the body is empty.
 */
export function readingAnchor(pane: HTMLElement): ReadingAnchor | null {
  const blocks = bodyBlocks(pane);
  if (!blocks || blocks.length === 0) return null;
  const top = viewTop(pane);
  if (blocks[0]!.getBoundingClientRect().top >= top) return null;
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (blocks[middle]!.getBoundingClientRect().top <= top) low = middle;
    else high = middle - 1;
  }
  return { block: low, offset: Math.max(0, Math.round(top - blocks[low]!.getBoundingClientRect().top)) };
}

/**
 * Scrolls the pane so the anchored block is at the top of the view again, then checks it on the
 * next frames: blocks above it may still change height as the page settles (pull quotes, images,
 * fonts). Returns false when the body no longer has that block.
 */
export function restoreReadingAnchor(pane: HTMLElement, anchor: ReadingAnchor, onSettled: () => void = () => undefined, frames = 3): boolean {
  const place = () => {
    const block = bodyBlocks(pane)?.[anchor.block];
    if (!block) return false;
    pane.scrollTop += block.getBoundingClientRect().top + anchor.offset - viewTop(pane);
    return true;
  };
  if (!place()) return false;
  let left = frames;
  const again = () => {
    place();
    left -= 1;
    if (left > 0) window.requestAnimationFrame(again);
    else onSettled();
  };
  if (left > 0) window.requestAnimationFrame(again);
  else onSettled();
  return true;
}

/** How far below the chrome the caret must start so that revealing it does not scroll (`reveal.ts` keeps 24 px). */
const caretMargin = 25;

/**
 * Puts the caret (without focusing or scrolling) at the first line that starts in the view, when
 * the reporter has not placed it yet. Else it stays at the body's start, and the first command that
 * focuses the editor (a toolbar button, Tab) scrolls a restored reading position back to the top.
 */
export function placeCaretInView(pane: HTMLElement, editor: Editor): void {
  if (editor.isDestroyed || editor.isFocused) return;
  const { view } = editor;
  const top = viewTop(pane) + caretMargin;
  const left = view.dom.getBoundingClientRect().left + 1;
  for (let y = top; y < top + 200; y += 8) {
    const found = view.posAtCoords({ left, top: y });
    if (found && view.coordsAtPos(found.pos).top >= top - 1) {
      editor.commands.setTextSelection(found.pos);
      return;
    }
  }
}
