import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { WALK_MAX_STOPS } from '../../domain/vocab';
import { useAppStore } from '../../store';
import { useAnnounce } from '../announcer';

/**
 * On a site's card: add it to the walk, or say where it already is and offer to take it out. Each
 * button gives way to the other state, so focus moves to what replaces it ("Open the walk", or
 * "Add to walk" again) and the change is announced.
 */
export function AddToWalk({ id }: { id: string }) {
  const { t } = useTranslation();
  const stops = useAppStore((s) => s.walk.stops);
  const name = useAppStore((s) => s.data.sites.value.find((x) => x.properties.id === id)?.properties.name[s.locale] ?? id);
  const addStop = useAppStore((s) => s.addStop);
  const removeStop = useAppStore((s) => s.removeStop);
  const setPanel = useAppStore((s) => s.setPanel);
  const announce = useAnnounce();
  const addButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const index = stops.indexOf(id);
  const inWalk = index >= 0;
  const full = stops.length >= WALK_MAX_STOPS;
  // The button pressed gives way to the other: focus follows once the new one is in the page. (A
  // layout effect, not flushSync: react-dom's import here would split the start-up bundle.)
  const pending = useRef<'open' | 'add' | null>(null);
  useLayoutEffect(() => {
    const next = pending.current === 'open' ? openButton.current : pending.current === 'add' ? addButton.current : null;
    pending.current = null;
    next?.focus();
  }, [inWalk]);

  // Said before the change, so a route it changes is announced after it.
  const add = () => {
    announce(t('walk.added', { name }));
    pending.current = 'open';
    addStop(id);
  };
  const remove = () => {
    announce(t('walk.removed', { name }));
    pending.current = 'add';
    removeStop(id);
  };
  return (
    <div className="add-to-walk">
      {inWalk ? (
        <>
          <span>{t('walk.inWalk', { n: index + 1 })}</span>{' '}
          <button type="button" className="btn btn--small" onClick={remove}>
            {t('walk.removeFromWalk')}
          </button>{' '}
          <button ref={openButton} type="button" className="btn btn--small" onClick={() => setPanel('walk')}>
            {t('walk.open')}
          </button>
        </>
      ) : (
        <>
          <button ref={addButton} type="button" className="btn btn--small btn--primary" disabled={full} onClick={add}>
            {t('walk.addToWalk')}
          </button>
          {full && <span className="hint"> {t('walk.full', { max: WALK_MAX_STOPS })}</span>}
        </>
      )}
    </div>
  );
}
