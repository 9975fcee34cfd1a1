import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Brief } from '../../domain/trip/brief';
import type { TripEvaluation } from '../../domain/trip/evaluate';
import type { TripStop } from '../../domain/trip/trip';
import { useAppStore } from '../../store';
import { CategorySymbol } from '../CategorySymbol';
import { formatDistance } from '../format';
import { SiteSearch } from '../SiteSearch';
import { reasonText } from './messages';
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

  return (
    <section className="trip-stops" aria-labelledby="trip-stops-title">
      <h3 id="trip-stops-title">{t('stops.heading')}</h3>
      {stops.length === 0 ? <p className="hint">{t('stops.empty')}</p> : <p className="hint">{t('stops.dragHint')}</p>}
      <ol className="trip-stops__list">
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
                  <button type="button" className="icon-btn" aria-label={t('stops.moveUp', { name })} disabled={i === 0} onClick={() => moveTripStop(i, i - 1)}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={t('stops.moveDown', { name })}
                    disabled={i === stops.length - 1}
                    onClick={() => moveTripStop(i, i + 1)}
                  >
                    ↓
                  </button>
                  <button type="button" className="icon-btn" aria-label={t('stops.remove', { name })} onClick={() => removeTripStop(stop.id)}>
                    ×
                  </button>
                </span>
              </div>
              {time && (
                <p className="trip-stop__times">
                  <strong>{t('stops.times', { arrive: time.arriveAt, leave: time.leaveAt })}</strong> ·{' '}
                  {t('stops.walk', {
                    minutes: time.walkMinutesFromPrevious,
                    distance: formatDistance(tc as TFunction, locale, time.walkMetresFromPrevious),
                  })}
                </p>
              )}
              {why && why.length > 0 && (
                <p className="trip-stop__why">
                  <span className="visually-hidden">{t('stops.why')}: </span>
                  {why.map((r) => reasonText(r, t, tc as TFunction)).join(' · ')}
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
      <SiteSearch onChoose={(id) => addTripStop(id)} label={t('stops.addLabel')} placeholder={t('stops.addPlaceholder')} clearOnChoose />
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

function useActions() {
  return {
    moveTripStop: useAppStore((s) => s.moveTripStop),
    removeTripStop: useAppStore((s) => s.removeTripStop),
    toggleTripLock: useAppStore((s) => s.toggleTripLock),
    addTripStop: useAppStore((s) => s.addTripStop),
  };
}
