import { Virtualizer, elementScroll, observeElementOffset, observeElementRect } from '@tanstack/virtual-core';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { rowHeight, RowView, type RowActions } from './rowView';
import type { LibraryView } from './useLibrary';
import { useSnippets } from './useSnippets';

export { rowHeight } from './rowView';

interface LibraryListProps {
  view: LibraryView;
  openId: string | null;
  onOpen: (id: string) => void;
  selected: ReadonlySet<string> | null;
  onToggle: (id: string) => void;
}

/** What drawing the rows needs from the latest render, read by the scroll handler between renders. */
interface Latest {
  view: LibraryView;
  count: number;
  openId: string | null;
  selected: ReadonlySet<string> | null;
  snippets: ReadonlyMap<string, string>;
  actions: RowActions;
}

/**
 * Puts the row elements of `drawn` in the list in their order, for screen readers and Tab, and
 * takes out those not drawn. Rows already in order are not moved, and the focused row never is
 * (moving an element takes its focus): the others are placed around it.
 */
function placeInOrder(ul: HTMLUListElement, drawn: readonly RowView[]): void {
  const items = drawn.map((view) => view.item);
  for (const child of [...ul.children]) if (!items.includes(child as HTMLLIElement)) child.remove();
  const focused = items.findIndex((item) => item.contains(document.activeElement));
  const anchorIndex = Math.max(0, focused);
  const anchor = items[anchorIndex];
  if (!anchor) return;
  if (anchor.parentNode !== ul) ul.append(anchor);
  for (let index = anchorIndex - 1; index >= 0; index -= 1) {
    const item = items[index] as HTMLLIElement;
    const after = items[index + 1] as HTMLLIElement;
    if (item.nextElementSibling !== after) ul.insertBefore(item, after);
  }
  for (let index = anchorIndex + 1; index < items.length; index += 1) {
    const item = items[index] as HTMLLIElement;
    const before = items[index - 1] as HTMLLIElement;
    if (item.previousElementSibling !== before) before.after(item);
  }
}

/**
 * Puts the row elements of `drawn` in the list, wherever they fall, and takes out those not
 * drawn. While the list scrolls, rows are not moved into order: moving an element makes the
 * browser style and lay out its whole row again, and the order is put right once scrolling stops.
 */
function keepOnly(ul: HTMLUListElement, drawn: readonly RowView[]): void {
  const items = new Set(drawn.map((view) => view.item));
  for (const child of [...ul.children]) if (!items.has(child as HTMLLIElement)) child.remove();
  for (const item of items) if (item.parentNode !== ul) ul.append(item);
}

/**
 * The article list, virtualised: only the rows in view (and a few around them) are in the DOM,
 * whatever the library's size, and their data is fetched from main a page at a time. Arrow keys
 * move between rows.
 *
 * Scrolling does not go through React: on each scroll event the virtualizer's window of rows is
 * drawn into recycled row elements (`RowView`), which change only the text and attributes that
 * differ. React renders the list when its inputs change (the query, the count, the open
 * article, the selection, the snippets), not per frame scrolled.
 */
export function LibraryList({ view, openId, onOpen, selected, onToggle }: LibraryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const count = view.listing?.matched ?? 0;
  const { query } = view;
  const [visibleIds, setVisibleIds] = useState<readonly string[]>([]);
  const snippets = useSnippets(query.search, visibleIds);
  const latest = useRef<Latest | null>(null);
  latest.current = { view, count, openId, selected, snippets, actions: latest.current?.actions ?? { onOpen, onToggle } };
  latest.current.actions.onOpen = onOpen;
  latest.current.actions.onToggle = onToggle;
  const rows = useRef<RowView[]>([]);
  const virtualizer = useRef<Virtualizer<HTMLDivElement, HTMLLIElement> | null>(null);

  /** Draws the rows of the virtualizer's current window into the row elements (slots). */
  const draw = useRef(() => {
    const state = latest.current;
    const ul = list.current;
    const instance = virtualizer.current;
    if (!state || !ul || !instance) return;
    const items = state.count > 0 ? instance.getVirtualItems() : [];
    // A row is drawn in slot `index % slots`: a screen scrolled gives the same elements new
    // text, and a row moved one step keeps its element, so focus and arrow keys stay on it.
    while (rows.current.length < items.length) {
      const row = new RowView(state.actions);
      rows.current.push(row);
      ul.append(row.item);
    }
    const slots = rows.current.length;
    const drawn: RowView[] = [];
    const ids: string[] = [];
    const search = state.view.query.search;
    for (const item of items) {
      const view = rows.current[item.index % slots] as RowView;
      const row = state.view.rowAt(item.index);
      if (row) ids.push(row.id);
      view.update(row, {
        index: item.index,
        count: state.count,
        search,
        snippet: row ? state.snippets.get(row.id) : undefined,
        isOpen: row !== undefined && row.id === state.openId,
        isSelected: state.selected === null ? null : row !== undefined && state.selected.has(row.id),
      });
      drawn.push(view);
    }
    if (instance.isScrolling) keepOnly(ul, drawn);
    else placeInOrder(ul, drawn);
    ul.style.height = `${instance.getTotalSize()}px`;
    const first = items[0]?.index;
    const last = items[items.length - 1]?.index;
    if (first !== undefined && last !== undefined) state.view.ensureRange(first, last + 1);
    // Snippets are fetched only for a search; the list re-renders for them when the rows in view change.
    if (search.trim()) setVisibleIds((old) => (old.join(',') === ids.join(',') ? old : ids));
  }).current;

  useLayoutEffect(() => {
    const instance = new Virtualizer<HTMLDivElement, HTMLLIElement>({
      count: 0,
      getScrollElement: () => scroller.current,
      estimateSize: () => rowHeight,
      overscan: 2,
      scrollToFn: elementScroll,
      observeElementRect,
      observeElementOffset,
      onChange: draw,
    });
    virtualizer.current = instance;
    const unmount = instance._didMount();
    const unsubscribe = view.subscribe(draw);
    return () => {
      unsubscribe();
      unmount();
      virtualizer.current = null;
    };
    // The virtualizer and the subscription live as long as the list; `view.subscribe` is stable.
  }, []);

  // Every render: the count or the state of rows may have changed, so the window is drawn again.
  useLayoutEffect(() => {
    const instance = virtualizer.current;
    if (!instance) return;
    instance.setOptions({ ...instance.options, count });
    instance._willUpdate();
    draw();
  });

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [query]);

  const handleKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!item) return;
    event.preventDefault();
    const next = Math.min(count - 1, Math.max(0, Number(item.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1)));
    virtualizer.current?.scrollToIndex(next);
    window.requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"] .library-row`)?.focus());
  };

  return (
    <div className="library-scroller" ref={scroller}>
      <ul className="library-list" aria-label="Articles" ref={list} onKeyDown={handleKeyDown} />
    </div>
  );
}
