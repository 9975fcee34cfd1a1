import type { TTrip } from '../../i18n/t';
import { formatDuration } from '../../domain/network/directions';
import type { Brief } from '../../domain/trip/brief';
import type { TripEvaluation } from '../../domain/trip/evaluate';
import { minutes } from '../../domain/types';
import type { Locale } from '../../domain/vocab';
import { formatDistance } from '../format';
import { formatDate } from '../format-date';

/**
 * When and where the group meets, how long and far the trip is, and who goes: the head of the
 * itinerary on screen and of the printed handout, in one language (`t` of the trip namespace;
 * `place` names the start).
 */
export function TripFacts({ brief, totals, l, t, place, className }: {
  brief: Brief;
  totals: TripEvaluation['totals'];
  l: Locale;
  t: TTrip;
  place: string;
  className: string;
}) {
  return (
    <dl className={className}>
      <dt>{t('handout.date')}</dt>
      <dd>{formatDate(l, brief.date, 'full')}</dd>
      <dt>{t('handout.meeting')}</dt>
      <dd>{t('handout.meetingText', { name: place, time: brief.startTime })}</dd>
      <dt>{t('handout.totals')}</dt>
      <dd>
        {t('handout.totalsText', {
          distance: formatDistance(totals.distance, l),
          duration: formatDuration(minutes(totals.total), l),
          start: brief.startTime,
          finish: totals.finishAt,
        })}
      </dd>
      <dt>{t('handout.group')}</dt>
      <dd>{t('handout.groupText', { group: t(`brief.groups.${brief.group}`), size: brief.groupSize })}</dd>
    </dl>
  );
}
