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
 * reporter left it, or at the top the first time.
 */
export function SidePanel({ tabs, selected, onSelect: setSelected }: SidePanelProps) {
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
  const panel = useRef<HTMLDivElement>(null);
  const scrollTops = useRef(new Map<string, number>());
  useLayoutEffect(() => {
    if (panel.current && current) panel.current.scrollTop = scrollTops.current.get(current.id) ?? 0;
  }, [current?.id]);
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
          onScroll={(event) => scrollTops.current.set(current.id, event.currentTarget.scrollTop)}
        >
          {current.render()}
        </div>
      ) : null}
    </aside>
  );
}
