import type { ReactNode } from 'react';

interface SidePanelProps {
  tabs: { id: string; label: string; render: () => ReactNode }[];
  selected: string;
  onSelect: (id: string) => void;
}

/** Tabs for the right-hand pane; each tab's content is rendered only while it is selected. */
export function SidePanel({ tabs, selected, onSelect: setSelected }: SidePanelProps) {
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0];
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
        <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`} className="tab-panel">
          {current.render()}
        </div>
      ) : null}
    </aside>
  );
}
