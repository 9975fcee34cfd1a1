import { activitiesFor, gradeBand, type SafetyNote } from '../../domain/trip/activities';
import { briefThemes, type Brief } from '../../domain/trip/brief';
import { useAppStore } from '../../store';
import { ACTIVITIES } from './activities-data';
import { stopSafety } from './safety';
import { useTripStrings } from './strings';

/** How many suggestions a stop shows: those of the chosen themes first. */
export const SUGGESTIONS_PER_STOP = 4;

/** The suggestions for a stop: the group's band, the chosen themes first (all the band's when none match). */
export function stopActivities(siteId: string, brief: Pick<Brief, 'group' | 'subjects'>) {
  const themes = briefThemes(brief.subjects);
  const all = activitiesFor(ACTIVITIES, siteId, gradeBand(brief.group), themes);
  const themed = all.filter((a) => themes.has(a.theme));
  return (themed.length > 0 ? themed : all).slice(0, SUGGESTIONS_PER_STOP);
}

/**
 * Activities and questions (labelled as suggestions) and safety notes (general or sourced): the
 * stop's own, or the ones given (a trip says the notes its stops share once, see safety.ts).
 */
export function StopDetails({ siteId, brief, safety = stopSafety(siteId, brief.date) }: { siteId: string; brief: Brief; safety?: readonly SafetyNote[] }) {
  const { t } = useTripStrings();
  const locale = useAppStore((s) => s.locale);
  const activities = stopActivities(siteId, brief);
  return (
    <div className="trip-stop__details">
      <h4>{t('stop.suggestions')}</h4>
      {activities.length === 0 ? (
        <p className="hint">{t('stop.noSuggestions')}</p>
      ) : (
        <ul className="trip-activities">
          {activities.map((a, i) => (
            <li key={i}>
              <span className="trip-kind">{t(`stop.kind.${a.kind}`)}</span> {a.text[locale]}
            </li>
          ))}
        </ul>
      )}
      {safety.length > 0 && (
        <>
          <h4>{t('stop.safety')}</h4>
          <ul className="trip-safety">
            {safety.map((n, i) => (
              <li key={i}>
                <span className={`trip-basis trip-basis--${n.basis}`}>{n.basis === 'sourced' ? t('stop.sourced', { source: n.source }) : t('stop.generic')}</span>{' '}
                {n.text[locale]}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
