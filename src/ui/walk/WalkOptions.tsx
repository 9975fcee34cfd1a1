import { PACES } from '../../domain/network/directions';
import { PROFILES, PROFILES_WITHOUT_DATA, type Profile } from '../../domain/network/types';
import { useAppStore } from '../../store';
import { useWalkStrings } from './strings';
import type { WalkOrder } from '../../store/walk-slice';
import { OriginControl } from '../OriginControl';

/** Route type, stop order, one-way or loop, where to start, and the walking pace. */
export function WalkOptions() {
  const { t } = useWalkStrings();
  const walk = useAppStore((s) => s.walk);
  const setWalk = useAppStore((s) => s.setWalk);
  const paces = Object.entries(PACES) as [keyof typeof PACES, number][];
  return (
    <section className="walk-options" aria-labelledby="walk-options-title">
      <h3 id="walk-options-title">{t('walk.options')}</h3>
      <label className="field">
        <span>{t('walk.profileLabel')}</span>
        <select value={walk.profile} onChange={(e) => setWalk({ profile: e.target.value as Profile })}>
          {PROFILES.map((p) => (
            <option key={p} value={p} disabled={PROFILES_WITHOUT_DATA.includes(p)}>
              {t(`walk.profile.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t(`walk.profileHint.${walk.profile}`)}</p>
      <fieldset className="field-group">
        <legend>{t('walk.orderLabel')}</legend>
        {(['keep', 'optimise'] as WalkOrder[]).map((o) => (
          <label key={o} className="check">
            <input type="radio" name="walk-order" value={o} checked={walk.order === o} onChange={() => setWalk({ order: o, curated: null })} />{' '}
            {t(`walk.order.${o}`)}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={walk.loop} onChange={(e) => setWalk({ loop: e.target.checked, curated: null })} />{' '}
        {t('walk.loop')}
      </label>
      <fieldset className="field-group">
        <legend>{t('walk.startLabel')}</legend>
        <label className="check">
          <input type="radio" name="walk-start" checked={walk.start === 'first-stop'} onChange={() => setWalk({ start: 'first-stop' })} />{' '}
          {t('walk.start.first-stop')}
        </label>
        <label className="check">
          <input type="radio" name="walk-start" checked={walk.start === 'origin'} onChange={() => setWalk({ start: 'origin' })} />{' '}
          {t('walk.start.origin')}
        </label>
        {walk.start === 'origin' && <OriginControl fallbackName={null} purpose="start" />}
      </fieldset>
      <label className="field">
        <span>{t('walk.paceLabel')}</span>
        <select value={String(walk.pace)} onChange={(e) => setWalk({ pace: Number(e.target.value) })}>
          {paces.map(([key, kmh]) => (
            <option key={key} value={String(kmh)}>
              {t(`walk.pace.${key}`, { kmh })}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
