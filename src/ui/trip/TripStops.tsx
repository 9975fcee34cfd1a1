import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Brief } from '../../domain/trip/brief';
import type { TripEvaluation } from '../../domain/trip/evaluate';
import type { TripStop } from '../../domain/trip/trip';
import { useAppStore } from '../../store';
import { useAnnounce, useAnnounceChange } from '../announcer';
import { CategorySymbol } from '../CategorySymbol';
import { useStopListFocus } from '../focus';
import { formatDistance } from '../format';
import { SiteSearch } from '../SiteSearch';
import { whyText } from './messages';
import { StopButtons } from '../StopButtons';
import { StopDetails } from './StopDetails';
import { useTripStrings } from './strings';
import { useSiteNames } from './use-site-names';

/**
 * The stops in walking order: why each was chosen, its times and the walk to it; lock, move
 * (buttons or drag), remove, add by search; activities and safety per stop.
 */
export function TripStops({ stops, brief, evaluation }: { stops: TripStop[]; brief: Brief; evaluation: TripEvaluation | null }) {
  const { t } = useTripStrings();
  const { t: tc } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const reasons = useAppStore((s) => s.tripProposal?.reasons);
  const { moveTripStop, removeTripStop, toggleTripLock, addTripStop } = useActions();
  const names = useSiteNames();
  const [dragging, setDragging] = useState<number | null>(null);
  const timed = new Map(evaluation?.stops.map((x) => [x.id, x]) ?? []);
  const announce = useAnnounce();
  const list = useRef<HTMLOListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focus = useStopListFocus(list, heading);
  useRouteAnnouncement(stops, evaluation);

  // Each change is said before it is made, so the changed trip is announced after it.
  const add = (id: string) => {
    announce(t(stops.some((x) => x.id === id) ? 'announce.already' : 'announce.added', { name: names.name(id) }));
    addTripStop(id);
  };
  const move = (id: string, from: number, to: number) => {
    announce(t('announce.moved', { name: names.name(id), n: to + 1, count: stops.length }));
    focus.move(id, to < from ? 'up' : 'down', () => moveTripStop(from, to));
  };
  const remove = (id: string, index: number) => {
    announce(t('announce.removed', { name: names.name(id) }));
    focus.remove(index, () => removeTripStop(id));
  };

  return (
    <section className="trip-stops" aria-labelledby="trip-stops-title">
      <h3 id="trip-stops-title" ref={heading} tabIndex={-1}>
        {t('stops.heading')}
      </h3>
      {stops.length === 0 ? <p className="hint">{t('stops.empty')}</p> : <p className="hint">{t('stops.dragHint')}</p>}
      <ol className="trip-stops__list" ref={list}>
        {stops.map((stop, i) => {
          const name = names.name(stop.id);
          const site = names.site(stop.id);
          const time = timed.get(stop.id);
          const why = reasons?.[stop.id];
          return (
            <li
              key={stop.id}
              className={`trip-stop${stop.locked ? ' trip-stop--locked' : ''}${dragging === i ? ' trip-stop--dragging' : ''}`}
              data-stop-id={stop.id}
              draggable
              onDragStart={(e) => {
                setDragging(i);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', String(i));
              }}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const from = Number(e.dataTransfer.getData('text/plain'));
                if (Number.isInteger(from)) moveTripStop(from, i);
                setDragging(null);
              }}
              onDragEnd={() => setDragging(null)}
            >
              <div className="trip-stop__head">
                <span className="trip-stop__n" aria-hidden="true">
                  {i + 1}
                </span>
                {site && <CategorySymbol category={site.properties.category} size={14} />}
                <span className="trip-stop__name">{name}</span>
                {stop.locked && <span className="trip-badge">{t('stops.lockedBadge')}</span>}
                <span className="trip-stop__tools">
                  <button
                    type="button"
                    className="icon-btn"
                    aria-pressed={stop.locked}
                    aria-label={t('stops.lock', { name })}
                    title={t('stops.lock', { name })}
                    onClick={() => toggleTripLock(stop.id)}
                  >
                    <LockIcon locked={stop.locked} />
                  </button>
                  <StopButtons
                    index={i}
                    count={stops.length}
                    labels={{ up: t('stops.moveUp', { name }), down: t('stops.moveDown', { name }), remove: t('stops.remove', { name }) }}
                    onMove={(from, to) => move(stop.id, from, to)}
                    onRemove={() => remove(stop.id, i)}
                  />
                </span>
              </div>
              {time && (
                <p className="trip-stop__times">
                  <strong>{t('stops.times', { arrive: time.arriveAt, leave: time.leaveAt })}</strong> ·{' '}
                  {t('stops.walk', {
                    minutes: time.walkMinutesFromPrevious,
                    distance: formatDistance(time.walkMetresFromPrevious, locale),
                  })}
                </p>
              )}
              {why && why.length > 0 && (
                <p className="trip-stop__why">
                  <span className="visually-hidden">{t('stops.why')}: </span>
                  {whyText(why, t, tc, locale)}
                </p>
              )}
              {time && <p className="trip-stop__meeting">{t('stops.meeting', { name, time: time.arriveAt })}</p>}
              <details className="trip-stop__more">
                <summary>{t('stops.details')}</summary>
                <StopDetails siteId={stop.id} brief={brief} />
              </details>
            </li>
          );
        })}
      </ol>
      <SiteSearch onChoose={add} label={t('stops.addLabel')} placeholder={t('stops.addPlaceholder')} clearOnChoose />
    </section>
  );
}

/** A padlock, closed when locked (drawn: emoji fonts are missing on many systems). */
function LockIcon({ locked }: { locked: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill={locked ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5" />
      <path d={locked ? 'M5 7V5a3 3 0 0 1 6 0v2' : 'M5 7V5a3 3 0 0 1 6 0'} fill="none" stroke="currentColor" strokeWidth="1.5" transform={locked ? undefined : 'translate(3 -1)'} />
    </svg>
  );
}

/** A new or changed trip is said aloud: its stops, the distance on foot, and the time used of the budget. */
function useRouteAnnouncement(stops: TripStop[], evaluation: TripEvaluation | null): void {
  const { t } = useTripStrings();
  const locale = useAppStore((s) => s.locale);
  const on = evaluation !== null && stops.length > 0;
  const key = on ? `${stops.map((x) => x.id).join(',')}|${evaluation.totals.total}|${Math.round(evaluation.totals.distance)}|${evaluation.budget}` : null;
  const text = on
    ? t('announce.route', {
        count: stops.length,
        distance: formatDistance(evaluation.totals.distance, locale),
        used: t('budget.value', { total: evaluation.totals.total, budget: evaluation.budget }),
        state: evaluation.remaining < 0 ? t('warning.over-budget', { overBy: -evaluation.remaining }) : t('budget.spare', { value: evaluation.remaining }),
      })
    : null;
  useAnnounceChange(key, text);
}

function useActions() {
  return {
    moveTripStop: useAppStore((s) => s.moveTripStop),
    removeTripStop: useAppStore((s) => s.removeTripStop),
    toggleTripLock: useAppStore((s) => s.toggleTripLock),
    addTripStop: useAppStore((s) => s.addTripStop),
  };
}
