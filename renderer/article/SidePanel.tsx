import { useState, type ReactNode } from 'react';

/** Tabs for the right-hand pane; each tab's content is rendered only while it is selected. */
export function SidePanel({ tabs }: { tabs: { id: string; label: string; render: () => ReactNode }[] }) {
  const [selected, setSelected] = useState(tabs[0]?.id ?? '');
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
