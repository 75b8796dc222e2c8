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
export function restoreReadingAnchor(pane: HTMLElement, anchor: ReadingAnchor, frames = 3): boolean {
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
  };
  if (left > 0) window.requestAnimationFrame(again);
  return true;
}
