import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripEvaluation } from '../../domain/trip/evaluate';
import { useAppStore } from '../../store';
import type { TripDraft } from '../../store/trip-slice';
import { formatDistance } from '../format';
import { HandoutControls } from './HandoutControls';
import { TripFacts } from './TripFacts';
import { tripSafety } from './safety';
import { StopDetails } from './StopDetails';
import { useTripStrings } from './strings';
import { useSiteNames } from './use-site-names';
import { TRIP_STRINGS } from './strings';
import { FollowStart } from '../follow/FollowStart';
import { selectTripRoute } from '../../store/trip-selectors';

import FollowCard from '../follow/FollowCard';
/** What a trip's start or end is called when it is not a site. */
const SCHOOL = { th: TRIP_STRINGS.th.school, en: TRIP_STRINGS.en.school };

/**
 * A shared trip as the group follows it: when and where to meet, each stop with its times, what
 * can be learned there, the activities for the group's grade and the safety notes (those of the
 * whole walk once, at the top). Changing the trip is one button away.
 */
export function TripItinerary({ draft, evaluation }: { draft: TripDraft; evaluation: TripEvaluation }) {
  const { t } = useTripStrings();
  const { t: tc } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const setTripView = useAppStore((s) => s.setTripView);
  const following = useAppStore((s) => s.follow?.kind === 'trip');
  const names = useSiteNames();
  const heading = useRef<HTMLHeadingElement>(null);
  const { brief } = draft;
  const { totals } = evaluation;
  const place = (e: typeof brief.start) => (e.kind === 'site' ? names.name(e.id) : t('school'));
  const safety = tripSafety(evaluation.stops.map((s) => s.id), brief.date);

  // Opened from a link: the reader starts at the trip's name.
  useLayoutEffect(() => heading.current?.focus(), []);

  return (
    <div className="trip-itinerary" data-testid="trip-itinerary">
      <h2 ref={heading} tabIndex={-1} className="trip-panel__title">
        {draft.name}
      </h2>
      <p className="hint">{t('itinerary.intro')}</p>
      <TripFacts brief={brief} totals={totals} l={locale} t={t} place={place(brief.start)} className="trip-itinerary__facts" />
      <button type="button" className="btn" onClick={() => setTripView('plan')}>
        {t('itinerary.edit')}
      </button>
      {following ? (
        <FollowCard arrivalExtra={(id) => <StopDetails siteId={id} brief={brief} safety={safety.atStop.get(id) ?? []} />} />
      ) : (
        <FollowStart
          start={(actions, store) => {
            const trip = selectTripRoute(store.getState());
            return trip !== null && actions.followTrip(store, trip, SCHOOL);
          }}
        />
      )}
      {safety.general.length > 0 && (
        <section className="trip-itinerary__safety" aria-labelledby="itinerary-safety">
          <h3 id="itinerary-safety">{t('handout.safetyAll')}</h3>
          <ul className="trip-safety">
            {safety.general.map((n, i) => (
              <li key={i}>{n.text[locale]}</li>
            ))}
          </ul>
        </section>
      )}
      <ol className="trip-itinerary__stops">
        {evaluation.stops.map((stop, i) => (
          <li key={stop.id} className="trip-itinerary__stop" data-stop-id={stop.id}>
            <h3>
              <span className="trip-handout__n" aria-hidden="true">
                {i + 1}
              </span>{' '}
              {names.name(stop.id)}
            </h3>
            <p className="trip-stop__times">
              <strong>{t('stops.times', { arrive: stop.arriveAt, leave: stop.leaveAt })}</strong> ·{' '}
              {t('stops.walk', { minutes: stop.walkMinutesFromPrevious, distance: formatDistance(stop.walkMetresFromPrevious, locale) })}
            </p>
            <h4>{tc('card.learn')}</h4>
            <p>{names.site(stop.id)?.properties.learn[locale]}</p>
            <StopDetails siteId={stop.id} brief={brief} safety={safety.atStop.get(stop.id) ?? []} />
          </li>
        ))}
      </ol>
      <p>
        <strong>{t('handout.back', { name: place(brief.end), time: totals.finishAt })}</strong>
      </p>
      <HandoutControls disabled={false} />
    </div>
  );
}
