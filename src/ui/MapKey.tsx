import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, STATUSES, THEMES, WATERWAY_KINDS, type WaterwayKind } from '../domain/vocab';
import { HALO_COLOUR } from '../map/marker-colours';
import { WATER_COLOURS } from '../map/symbols';
import { STREET_COLOURS } from '../map/context-layers';
import { useAppStore } from '../store';
import { CategorySymbol } from './CategorySymbol';

const LINE: Record<WaterwayKind, { colour: string; width: number; dash?: string }> = {
  'main-stem': { colour: WATER_COLOURS.mainStem, width: 5 },
  tributary: { colour: WATER_COLOURS.tributary, width: 3, dash: '5 3' },
  moat: { colour: WATER_COLOURS.moat, width: 3 },
  river: { colour: WATER_COLOURS.river, width: 6 },
};

function LineSwatch({ kind }: { kind: WaterwayKind }) {
  const l = LINE[kind];
  return (
    <svg width="28" height="12" aria-hidden="true" focusable="false">
      <line x1="2" y1="6" x2="26" y2="6" stroke={l.colour} strokeWidth={l.width} strokeDasharray={l.dash} strokeLinecap="round" />
    </svg>
  );
}

/** Legend and filters in one: every symbol on the map is explained next to the switch that shows it. */
export function MapKey() {
  const { t } = useTranslation();
  const sites = useAppStore((s) => s.data.sites.value);
  const kinds = useAppStore((s) => s.kinds);
  const categories = useAppStore((s) => s.categories);
  const themes = useAppStore((s) => s.themes);
  const statuses = useAppStore((s) => s.statuses);
  const toggle = useAppStore((s) => s.toggle);
  const resetFilters = useAppStore((s) => s.resetFilters);
  const count = (c: string) => sites.filter((s) => s.properties.category === c).length;
  // Open beside the map on a desktop; folded on a phone, where the map itself needs the room.
  const [open, setOpen] = useState(() => window.matchMedia?.('(min-width: 768px)').matches ?? true);

  return (
    <details className="map-key" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('key.title')}</summary>
      <fieldset>
        <legend>{t('key.sites')}</legend>
        {CATEGORIES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={categories.includes(c)} onChange={() => toggle('categories', c)} />
            <CategorySymbol category={c} />
            <span>
              {t(`category.${c}_plural`)} <span className="count">({count(c)})</span>
            </span>
          </label>
        ))}
        <p className="hint key-note">
          <svg width="22" height="22" aria-hidden="true" focusable="false">
            <circle cx="11" cy="11" r="9" fill={HALO_COLOUR} fillOpacity="0.15" stroke="#555" strokeOpacity="0.5" />
          </svg>
          {t('map.approxNote')}
        </p>
      </fieldset>
      <fieldset>
        <legend>{t('key.waterways')}</legend>
        {WATERWAY_KINDS.map((k) => (
          <label key={k} className="check">
            <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggle('kinds', k)} />
            <LineSwatch kind={k} />
            <span>{t(`kind.${k}`)}</span>
          </label>
        ))}
        <p className="hint">{t('key.dashed')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('key.streetMap')}</legend>
        <ul className="key-list">
          <li>
            <svg width="28" height="12" aria-hidden="true" focusable="false">
              <line x1="2" y1="6" x2="26" y2="6" stroke={STREET_COLOURS.casing} strokeWidth="5" strokeLinecap="round" />
              <line x1="2" y1="6" x2="26" y2="6" stroke={STREET_COLOURS.street} strokeWidth="3" strokeLinecap="round" />
            </svg>
            <span>{t('key.streets')}</span>
          </li>
          <li>
            <svg width="28" height="12" aria-hidden="true" focusable="false">
              <line x1="2" y1="6" x2="26" y2="6" stroke={STREET_COLOURS.walkway} strokeWidth="3" strokeDasharray="4 4" />
            </svg>
            <span>{t('key.walkway')}</span>
          </li>
          <li>
            <svg width="28" height="12" aria-hidden="true" focusable="false">
              <rect x="2" y="2" width="16" height="8" fill={WATER_COLOURS.moat} fillOpacity="0.55" />
              <rect x="18" y="1" width="8" height="10" fill={STREET_COLOURS.wall} />
            </svg>
            <span>{t('key.oldCity')}</span>
          </li>
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('key.themes')}</legend>
        <p className="hint">{t('key.themesHint')}</p>
        <div className="chips">
          {THEMES.map((th) => (
            <label key={th} className="chip-check">
              <input type="checkbox" checked={themes.includes(th)} onChange={() => toggle('themes', th)} />
              <span>{t(`theme.${th}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('key.status')}</legend>
        {STATUSES.map((st) => (
          <label key={st} className="check">
            <input type="checkbox" checked={statuses.includes(st)} onChange={() => toggle('statuses', st)} />
            <span className={`badge badge--${st}`}>{t(`status.${st}`)}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn btn--small" onClick={resetFilters}>
        {t('key.reset')}
      </button>
    </details>
  );
}
