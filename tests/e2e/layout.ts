import type { Page } from '@playwright/test';

/**
 * Every control whose text or content is clipped or spills out of its box on the page as shown:
 * horizontal overflow anywhere (`scrollWidth` over `clientWidth`) except a one-line text (not a
 * control or a field itself) that ends in a deliberate, visible '…' (`text-overflow: ellipsis`) in a box wide enough
 * to read; fields and controls whose content is taller than the box (`scrollHeight` over
 * `clientHeight`); select menus too narrow for the chosen option; and controls covered by something that is not theirs. With a modal dialog
 * open only the dialog is checked.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element) => {
      const name = element.getAttribute('aria-label') ?? (element as HTMLInputElement).value ?? element.textContent ?? '';
      const text = (name || element.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50);
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.classList.length ? `.${[...element.classList].join('.')}` : ''} “${text}”`;
    };
    const isShown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden' && !element.closest('.visually-hidden');
    };
    const dialog = document.querySelector('dialog[open]');
    const scope: ParentNode = dialog ?? document;
    const controls = 'button, input:not([type=checkbox]):not([type=radio]):not([type=file]), select, textarea, [role=tab], summary';
    const canvas = document.createElement('canvas').getContext('2d');
    for (const element of [document.documentElement, ...scope.querySelectorAll('*')]) {
      if (!(element instanceof HTMLElement) || !isShown(element) || element.tagName === 'IFRAME') continue;
      const style = getComputedStyle(element);
      const isControl = element.matches(controls);
      const isField = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
      const isEmptyField = isField && element.value === '';
      // A one-line text (never a control's own label or a field's value) deliberately shortened with a
      // visible '…' is not clipped, as long as its box still shows a few characters besides the '…'.
      const isEllipsis = !isControl && style.textOverflow === 'ellipsis' && (style.overflowX === 'hidden' || style.overflowX === 'clip') && /^(nowrap|pre)$/.test(style.whiteSpace);
      const isTooNarrowToRead = element.clientWidth < 2.5 * parseFloat(style.fontSize);
      if (!isEmptyField && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
        if (!isEllipsis) problems.push(`overflows its width: ${describe(element)} (${element.scrollWidth} > ${element.clientWidth})`);
        else if (isTooNarrowToRead) problems.push(`shortened to almost nothing: ${describe(element)} (${element.clientWidth} pixels wide)`);
      }
      const isScroller = style.overflowY === 'auto' || style.overflowY === 'scroll';
      if (!isEmptyField && (isControl || style.overflowY === 'hidden' || style.overflowY === 'clip') && !(isScroller && !isField) && element.clientHeight > 0 && element.scrollHeight > element.clientHeight + 1) {
        problems.push(`content taller than its box: ${describe(element)} (${element.scrollHeight} > ${element.clientHeight})`);
      }
      if (element instanceof HTMLSelectElement && canvas) {
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = element.selectedOptions[0]?.text ?? '';
        const needed = canvas.measureText(text).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 16;
        if (needed > element.clientWidth + 1) problems.push(`select too narrow for “${text}”: ${describe(element)} (${Math.ceil(needed)} > ${element.clientWidth})`);
      }
      if (!isControl) continue;
      const box = element.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + Math.min(box.height / 2, 12);
      if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || element.contains(hit) || hit.contains(element) || (hit instanceof HTMLLabelElement && hit.control === element)) continue;
      const cover = hit.closest('.popover, dialog[open], .article-chrome, .tabs');
      if (cover && !cover.contains(element)) {
        const pane = element.closest('.workspace-pane, .tab-panel');
        const isScrolledUnder = pane !== null && pane.scrollTop > 0;
        if (cover.matches('.popover, dialog[open]') || isScrolledUnder) continue;
      }
      // Off screen inside a scroller: not visible, so not covered.
      const scroller = element.parentElement?.closest('.workspace-pane, .tab-panel, .library-scroller, .library, .body-diff, dialog');
      if (scroller) {
        const area = scroller.getBoundingClientRect();
        if (y < area.top || y > area.bottom) continue;
      }
      problems.push(`covered by ${describe(hit)}: ${describe(element)}`);
    }
    return problems;
  });
}
