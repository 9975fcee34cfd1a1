import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../store';
import { PANELS } from '../store/walk-slice';
import { MODES } from './modes';

/** Explore, Walk, Field trip or Research: an ARIA tab list (arrow keys move between tabs). */
export function PanelTabs() {
  const { t } = useTranslation();
  const panel = useAppStore((s) => s.panel);
  const setPanel = useAppStore((s) => s.setPanel);
  // Each tab's count, as its mode's entry says (the walk's stops).
  const counts = useAppStore(useShallow((s) => PANELS.map((p) => MODES[p].badge?.(s) ?? 0)));
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = (i + (e.key === 'ArrowRight' ? 1 : PANELS.length - 1)) % PANELS.length;
    setPanel(PANELS[next]!);
    refs.current[next]?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={t('tabs.label')}>
      {PANELS.map((p, i) => (
        <button
          key={p}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${p}`}
          aria-selected={panel === p}
          aria-controls={`tabpanel-${p}`}
          tabIndex={panel === p ? 0 : -1}
          className="tabs__tab"
          onClick={() => setPanel(p)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {t(`tabs.${p}`)}
          {counts[i]! > 0 && <span className="tabs__count"> ({counts[i]})</span>}
        </button>
      ))}
    </div>
  );
}
