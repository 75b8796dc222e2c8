import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** One tab of the side panel; its content is rendered only while it is selected. */
export interface SideTab {
  id: string;
  label: string;
  render: () => ReactNode;
}

interface SidePanelProps {
  tabs: SideTab[];
  selected: string;
  onSelect: (id: string) => void;
}

/**
 * Tabs for the right-hand pane. Each tab keeps its own scroll position: a tab opens where the
 * reporter left it (once content that loads later, like History's revisions, is there), or at
 * the top the first time.
 */
export function SidePanel({ tabs, selected, onSelect: setSelected }: SidePanelProps) {
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  const panel = useRef<HTMLDivElement>(null);
  const scrollTops = useRef(new Map<string, number>());
  /** A position still to be restored once the tab's content (History's revisions load later) is tall enough. */
  const pending = useRef<number | null>(null);
  useLayoutEffect(() => {
    const element = panel.current;
    if (!element || !current) return;
    const wanted = scrollTops.current.get(current.id) ?? 0;
    element.scrollTop = wanted;
    if (element.scrollTop >= wanted - 1) return;
    pending.current = wanted;
    const observer = new ResizeObserver(() => {
      if (pending.current !== null) element.scrollTop = pending.current;
      if (pending.current === null || element.scrollTop >= wanted - 1) {
        pending.current = null;
        observer.disconnect();
      }
    });
    for (const child of element.children) observer.observe(child);
    return () => {
      pending.current = null;
      observer.disconnect();
    };
  }, [current?.id]);
  const remember = (id: string, top: number) => {
    if (pending.current === null) scrollTops.current.set(id, top);
  };
  /** The reporter scrolling or clicking in the tab wins over a position still waiting for content. */
  const stopRestoring = () => void (pending.current = null);
  return (
    <aside className="side-pane" aria-label="Article tools">
      <div role="tablist" aria-label="Article tools" className="tabs">
        {tabs.map((tab) => (
          <button key={tab.id} type="button" role="tab" id={`tab-${tab.id}`} aria-selected={tab.id === current?.id} aria-controls={`panel-${tab.id}`} onClick={() => setSelected(tab.id)}>
            {tab.label}
          </button>
        ))}
      </div>
      {current ? (
        <div
          key={current.id}
          ref={panel}
          role="tabpanel"
          id={`panel-${current.id}`}
          aria-labelledby={`tab-${current.id}`}
          className="tab-panel"
          tabIndex={0}
          onScroll={(event) => remember(current.id, event.currentTarget.scrollTop)}
          onWheel={stopRestoring}
          onPointerDown={stopRestoring}
          onKeyDown={stopRestoring}
        >
          {current.render()}
        </div>
      ) : null}
    </aside>
  );
}
