import { WALK_MAX_STOPS } from '../../domain/vocab';
import { useAppStore } from '../../store';
import { useWalkStrings } from './strings';
import { CategorySymbol } from '../CategorySymbol';
import { NameText } from '../NameText';
import { SiteSearch } from '../SiteSearch';

/** The chosen stops, in walking order: add by search, move up or down, remove; all by keyboard. */
export function WalkStops() {
  const { t } = useWalkStrings();
  const locale = useAppStore((s) => s.locale);
  const sites = useAppStore((s) => s.data.sites.value);
  const stops = useAppStore((s) => s.walk.stops);
  const addStop = useAppStore((s) => s.addStop);
  const removeStop = useAppStore((s) => s.removeStop);
  const moveStop = useAppStore((s) => s.moveStop);
  const byId = new Map(sites.map((s) => [s.properties.id, s]));
  const full = stops.length >= WALK_MAX_STOPS;

  return (
    <section className="walk-stops" aria-labelledby="walk-stops-title">
      <h3 id="walk-stops-title" tabIndex={-1}>
        {t('walk.stops')} <span className="hint">({t('walk.stopsOf', { count: stops.length, max: WALK_MAX_STOPS })})</span>
      </h3>
      {stops.length === 0 && <p className="hint">{t('walk.empty')}</p>}
      <ol className="walk-stops__list">
        {stops.map((id, i) => {
          const site = byId.get(id);
          const name = site?.properties.name[locale] ?? id;
          return (
            <li key={id} className="walk-stops__item" data-stop-id={id}>
              <span className="walk-stops__n" aria-hidden="true">
                {i + 1}
              </span>
              {site && <CategorySymbol category={site.properties.category} size={14} />}
              <span className="walk-stops__name">
                <NameText text={name} />
              </span>
              <span className="walk-stops__tools">
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t('walk.moveUp', { name })}
                  disabled={i === 0}
                  onClick={() => moveStop(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t('walk.moveDown', { name })}
                  disabled={i === stops.length - 1}
                  onClick={() => moveStop(i, i + 1)}
                >
                  ↓
                </button>
                <button type="button" className="icon-btn" aria-label={t('walk.remove', { name })} onClick={() => removeStop(id)}>
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {full ? (
        <p className="hint" role="status">
          {t('walk.full', { max: WALK_MAX_STOPS })}
        </p>
      ) : (
        <SiteSearch
          onChoose={(id) => addStop(id)}
          label={t('walk.addLabel')}
          placeholder={t('walk.addPlaceholder')}
          clearOnChoose
        />
      )}
    </section>
  );
}
