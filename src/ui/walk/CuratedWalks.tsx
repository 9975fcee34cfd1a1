import { useAppStore } from '../../store';
import { useWalkStrings } from './strings';

/**
 * The themed walks from data/walks.json; choosing one loads its stops (distance is computed, not
 * stored). Once a walk is planned the list folds away below it (`folded`), so a shared walk opens
 * on the walk, not on the list.
 */
export function CuratedWalks({ folded = false }: { folded?: boolean }) {
  const { t } = useWalkStrings();
  const locale = useAppStore((s) => s.locale);
  const walks = useAppStore((s) => s.data.walks);
  const current = useAppStore((s) => s.walk.curated);
  const setWalk = useAppStore((s) => s.setWalk);
  const list = (
    <ul className="curated__list">
      {walks.map((w) => (
        <li key={w.id}>
          <button
            type="button"
            className="curated__item"
            aria-pressed={current === w.id}
            data-walk-id={w.id}
            onClick={() => setWalk({ stops: [...w.stops], loop: w.loop ?? false, curated: w.id, order: 'keep' })}
          >
            <span className="curated__title">{w.title[locale]}</span>
            <span className="hint">
              {t('walk.stopCount', { count: w.stops.length })}
              {w.loop ? ` · ${t('walk.loopShort')}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
  if (folded) {
    return (
      <details className="curated curated--folded">
        <summary>
          <h3 id="curated-title">{t('walk.curated')}</h3>
        </summary>
        {list}
      </details>
    );
  }
  return (
    <section className="curated" aria-labelledby="curated-title">
      <h3 id="curated-title">{t('walk.curated')}</h3>
      {list}
    </section>
  );
}
