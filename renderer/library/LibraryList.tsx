import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore, type FocusEvent, type KeyboardEvent } from 'react';
import { LibraryRow } from './LibraryRow';
import type { LibraryView } from './useLibrary';
import { useSnippets } from './useSnippets';

/** Height of one row in pixels: three lines and padding (the rows are laid out to fit it exactly). */
export const rowHeight = 66;

interface LibraryListProps {
  view: LibraryView;
  openId: string | null;
  onOpen: (id: string) => void;
  selected: ReadonlySet<string> | null;
  onToggle: (id: string) => void;
}

/**
 * The article list, virtualised: only the rows in view (and a few around them) are in the DOM,
 * whatever the library's size, and their data is fetched from main a page at a time. Arrow keys
 * move between rows.
 */
export function LibraryList({ view, openId, onOpen, selected, onToggle }: LibraryListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = view.listing?.matched ?? 0;
  // Rows are rendered synchronously on each scroll event (before the frame is painted), so a
  // small overscan suffices; every extra row is rendered again on each screen scrolled.
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 2 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensureRange, query, subscribe, getVersion } = view;
  const version = useSyncExternalStore(subscribe, getVersion);
  useEffect(() => {
    if (count > 0) ensureRange(first, last + 1);
  }, [first, last, count, ensureRange, version]);
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [query]);
  // Rows are keyed by slot (index modulo the largest window drawn so far), not by article: a
  // screen scrolled reuses the same elements with new text instead of removing and creating
  // them, which is most of a frame's cost. A row moved one step keeps its slot, so focus and
  // arrow keys stay on the same element.
  const slots = useRef(1);
  slots.current = Math.max(slots.current, items.length);
  // A focused row scrolled far enough for its element to show another article gives up focus,
  // so Enter never opens an article the reporter did not pick.
  const focusedId = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.matches('.library-row') && scroller.current?.contains(active) && active.dataset.rowId !== focusedId.current) active.blur();
  });
  const handleFocus = (event: FocusEvent<HTMLUListElement>) => {
    focusedId.current = event.target.dataset.rowId;
  };
  const visibleIds = items.map((item) => view.rowAt(item.index)?.id).filter((id): id is string => id !== undefined);
  const snippets = useSnippets(query.search, visibleIds);

  const handleKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!item) return;
    event.preventDefault();
    const next = Math.min(count - 1, Math.max(0, Number(item.dataset.index) + (event.key === 'ArrowDown' ? 1 : -1)));
    virtualizer.scrollToIndex(next);
    window.requestAnimationFrame(() => scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"] .library-row`)?.focus());
  };

  return (
    <div className="library-scroller" ref={scroller}>
      <ul className="library-list" aria-label="Articles" style={{ height: virtualizer.getTotalSize() }} onKeyDown={handleKeyDown} onFocus={handleFocus}>
        {items.map((item) => {
          const row = view.rowAt(item.index);
          return (
            <li key={item.index % slots.current} className="library-item" data-index={item.index} aria-posinset={item.index + 1} aria-setsize={count} style={{ transform: `translateY(${item.start}px)` }}>
              {row ? (
                <LibraryRow
                  row={row}
                  snippet={snippets.get(row.id)}
                  search={query.search}
                  isOpen={row.id === openId}
                  onOpen={onOpen}
                  isSelected={selected ? selected.has(row.id) : null}
                  onToggle={onToggle}
                />
              ) : (
                <span className="library-row is-pending">Loading…</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
