import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export type TabDef = { id: string; label: string; extra?: ReactNode };

/** Accessible tabs (arrow keys, Home/End); the panel is rendered by the caller with `tabPanelProps`. */
export function Tabs({
  label,
  tabs,
  active,
  onChange,
  idPrefix,
}: {
  label: string;
  tabs: TabDef[];
  active: string;
  onChange(id: string): void;
  idPrefix: string;
}) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKey = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = tabs[(moves[event.key] + tabs.length) % tabs.length];
    onChange(next.id);
    refs.current[next.id]?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(el) => {
            refs.current[tab.id] = el;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${tab.id}`}
          aria-selected={tab.id === active}
          aria-controls={`${idPrefix}-panel`}
          tabIndex={tab.id === active ? 0 : -1}
          className="tabs__tab"
          onClick={() => onChange(tab.id)}
          onKeyDown={(e) => onKey(e, index)}
        >
          {tab.label}
          {tab.extra}
        </button>
      ))}
    </div>
  );
}

export function tabPanelProps(idPrefix: string, active: string) {
  return {
    role: 'tabpanel',
    id: `${idPrefix}-panel`,
    'aria-labelledby': `${idPrefix}-tab-${active}`,
    tabIndex: 0,
    className: 'tab-panel',
  } as const;
}
