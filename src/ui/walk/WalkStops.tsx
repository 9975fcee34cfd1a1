import { useRef } from 'react';
import { StopButtons } from '../StopButtons';
import { WALK_MAX_STOPS } from '../../domain/vocab';
import { useAppStore } from '../../store';
import { useAnnounce } from '../announcer';
import { changeThenFocus, useStopListFocus } from '../focus';
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
  const announce = useAnnounce();
  const list = useRef<HTMLOListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useStopListFocus(list, heading);
  const byId = new Map(sites.map((s) => [s.properties.id, s]));
  const nameOf = (id: string) => byId.get(id)?.properties.name[locale] ?? id;
  const full = stops.length >= WALK_MAX_STOPS;

  const add = (id: string) => {
    const added = !stops.includes(id);
    const fills = added && stops.length + 1 >= WALK_MAX_STOPS;
    const said = t(added ? 'walk.added' : 'walk.already', { name: nameOf(id) });
    // Said first, so the route it changes is announced after it.
    announce(fills ? `${said} ${t('walk.full', { max: WALK_MAX_STOPS })}` : said);
    // Filling the walk takes away the search box just used: focus the heading, not the page.
    changeThenFocus(() => addStop(id), () => (fills ? heading.current : null));
  };
  const move = (id: string, from: number, to: number) => {
    announce(t('walk.moved', { name: nameOf(id), n: to + 1, count: stops.length }));
    focus.move(id, to < from ? 'up' : 'down', () => moveStop(from, to));
  };
  const remove = (id: string, index: number) => {
    announce(t('walk.removed', { name: nameOf(id) }));
    focus.remove(index, () => removeStop(id));
  };

  return (
    <section className="walk-stops" aria-labelledby="walk-stops-title">
      <h3 id="walk-stops-title" ref={heading} tabIndex={-1}>
        {t('walk.stops')} <span className="hint">({t('walk.stopsOf', { count: stops.length, max: WALK_MAX_STOPS })})</span>
      </h3>
      {stops.length === 0 && <p className="hint">{t('walk.empty')}</p>}
      <ol className="walk-stops__list" ref={list}>
        {stops.map((id, i) => {
          const site = byId.get(id);
          const name = nameOf(id);
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
                <StopButtons
                  index={i}
                  count={stops.length}
                  labels={{ up: t('walk.moveUp', { name }), down: t('walk.moveDown', { name }), remove: t('walk.remove', { name }) }}
                  onMove={(from, to) => move(id, from, to)}
                  onRemove={() => remove(id, i)}
                />
              </span>
            </li>
          );
        })}
      </ol>
      {/* The limit, once reached, is announced with the stop that reached it (see `add`). */}
      {full ? (
        <p className="hint">{t('walk.full', { max: WALK_MAX_STOPS })}</p>
      ) : (
        <SiteSearch onChoose={add} label={t('walk.addLabel')} placeholder={t('walk.addPlaceholder')} clearOnChoose />
      )}
    </section>
  );
}
