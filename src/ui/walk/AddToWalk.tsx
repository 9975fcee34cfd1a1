import { useTranslation } from 'react-i18next';
import { WALK_MAX_STOPS } from '../../domain/vocab';
import { useAppStore } from '../../store';

/** On a site's card: add it to the walk, or say where it already is and offer to take it out. */
export function AddToWalk({ id }: { id: string }) {
  const { t } = useTranslation();
  const stops = useAppStore((s) => s.walk.stops);
  const addStop = useAppStore((s) => s.addStop);
  const removeStop = useAppStore((s) => s.removeStop);
  const setPanel = useAppStore((s) => s.setPanel);
  const index = stops.indexOf(id);
  const full = stops.length >= WALK_MAX_STOPS;
  return (
    <div className="add-to-walk">
      {index >= 0 ? (
        <>
          <span aria-live="polite">{t('walk.inWalk', { n: index + 1 })}</span>{' '}
          <button type="button" className="btn btn--small" onClick={() => removeStop(id)}>
            {t('walk.removeFromWalk')}
          </button>{' '}
          <button type="button" className="btn btn--small" onClick={() => setPanel('walk')}>
            {t('walk.open')}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="btn btn--small btn--primary" disabled={full} onClick={() => addStop(id)}>
            {t('walk.addToWalk')}
          </button>
          {full && <span className="hint"> {t('walk.full', { max: WALK_MAX_STOPS })}</span>}
        </>
      )}
    </div>
  );
}
