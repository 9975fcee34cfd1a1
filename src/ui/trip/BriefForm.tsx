import { useCallback, useId } from 'react';
import { BUDGET_RANGE, briefPace, GROUP_SIZE_RANGE, GROUPS, SUBJECTS, type Brief, type Endpoint, type Subject } from '../../domain/trip/brief';
import { useAppStore } from '../../store';
import { EndpointField } from './EndpointField';
import { NumberField } from './NumberField';
import { useTripStrings } from './strings';
import { formatDate } from '../format-date';

/** A different end to start from when the teacher unticks "end where it starts". */
const otherSite = (start: Endpoint): Endpoint =>
  ({ kind: 'site', id: start.kind === 'site' && start.id === 'warorot-market' ? 'tha-phae-gate' : 'warorot-market' });

const sameEndpoint = (a: Endpoint, b: Endpoint) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Start times on a 24-hour clock, every quarter of an hour from 06:00 to 18:00. A select, not
 * `<input type="time">`, because a time input shows the browser's locale (09:00 AM in an English
 * browser) whatever the app's language.
 */
const START_TIMES = Array.from({ length: 49 }, (_, i) => `${String(6 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`);

/** The teacher's brief: every control labelled and usable by keyboard. */
export function BriefForm({ brief }: { brief: Brief }) {
  const { t } = useTripStrings();
  const locale = useAppStore((s) => s.locale);
  const id = useId();
  const times = START_TIMES.includes(brief.startTime) ? START_TIMES : [...START_TIMES, brief.startTime].sort();
  const update = useAppStore((s) => s.updateBrief);
  const endSame = sameEndpoint(brief.start, brief.end);
  const setStart = useCallback(
    (start: Endpoint) => update(endSame ? { start, end: start } : { start }),
    [update, endSame],
  );
  const setEnd = useCallback((end: Endpoint) => update({ end }), [update]);
  const toggleSubject = (subject: Subject, on: boolean) => {
    const next = on ? [...brief.subjects, subject] : brief.subjects.filter((s) => s !== subject);
    if (next.length > 0) update({ subjects: SUBJECTS.filter((s) => next.includes(s)) });
  };
  const defaultPace = briefPace({ ...brief, pace: undefined });

  return (
    <section className="trip-brief" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('brief.heading')}</h3>
      <div className="trip-row">
        <div className="trip-field">
          <label htmlFor={`${id}-date`}>{t('brief.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={brief.date}
            required
            aria-describedby={`${id}-date-text`}
            onChange={(e) => /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) && update({ date: e.target.value })}
          />
          {/* The picker shows the browser's date format; this line says the day in the app's language. */}
          <span id={`${id}-date-text`} className="hint" data-testid="trip-date-text">
            {formatDate(locale, brief.date, 'full')}
          </span>
        </div>
        <div className="trip-field">
          <label htmlFor={`${id}-time`}>{t('brief.startTime')}</label>
          <select id={`${id}-time`} value={brief.startTime} onChange={(e) => update({ startTime: e.target.value })}>
            {times.map((time) => (
              <option key={time} value={time}>
                {t('brief.clock', { time })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="trip-budget-input">
        <label htmlFor={`${id}-slider`} className="visually-hidden">
          {t('brief.budgetSlider')}
        </label>
        <input
          id={`${id}-slider`}
          type="range"
          min={BUDGET_RANGE.min}
          max={BUDGET_RANGE.max}
          step={5}
          value={brief.budgetMinutes}
          aria-valuetext={t('brief.budgetRange', { min: brief.budgetMinutes, max: BUDGET_RANGE.max })}
          onChange={(e) => update({ budgetMinutes: Number(e.target.value) })}
        />
        <NumberField
          label={t('brief.budget')}
          value={brief.budgetMinutes}
          min={BUDGET_RANGE.min}
          max={BUDGET_RANGE.max}
          onChange={(budgetMinutes) => update({ budgetMinutes })}
          invalidText={t('brief.invalidNumber', BUDGET_RANGE)}
        />
      </div>
      <div className="trip-row">
        <div className="trip-field">
          <label htmlFor={`${id}-group`}>{t('brief.group')}</label>
          <select id={`${id}-group`} value={brief.group} onChange={(e) => update({ group: e.target.value as Brief['group'] })}>
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`brief.groups.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          label={t('brief.groupSize')}
          value={brief.groupSize}
          min={GROUP_SIZE_RANGE.min}
          max={GROUP_SIZE_RANGE.max}
          onChange={(groupSize) => update({ groupSize })}
          invalidText={t('brief.invalidNumber', GROUP_SIZE_RANGE)}
        />
      </div>
      <fieldset className="trip-subjects">
        <legend>{t('brief.subjects')}</legend>
        {SUBJECTS.map((s) => (
          <label key={s} className="trip-check">
            <input
              type="checkbox"
              checked={brief.subjects.includes(s)}
              // The last subject stays: a brief needs one.
              aria-describedby={brief.subjects.length === 1 && brief.subjects[0] === s ? `${id}-subjects-hint` : undefined}
              onChange={(e) => toggleSubject(s, e.target.checked)}
            />{' '}
            {t(`brief.subjectNames.${s}`)}
          </label>
        ))}
        <p id={`${id}-subjects-hint`} className="hint">
          {t('brief.subjectsNeeded')}
        </p>
      </fieldset>
      <EndpointField which="start" value={brief.start} onChange={setStart} />
      <label className="trip-check">
        <input type="checkbox" checked={endSame} onChange={(e) => update({ end: e.target.checked ? brief.start : otherSite(brief.start) })} />{' '}
        {t('brief.endSame')}
      </label>
      {!endSame && <EndpointField which="end" value={brief.end} onChange={setEnd} />}
      <label className="trip-check">
        <input type="checkbox" checked={brief.stepFree} onChange={(e) => update({ stepFree: e.target.checked })} /> {t('brief.stepFree')}
      </label>
      <div className="trip-row trip-row--pace">
        <NumberField
          label={t('brief.pace')}
          value={briefPace(brief)}
          min={1}
          max={7}
          step={0.1}
          onChange={(pace) => update({ pace })}
          invalidText={t('brief.invalidPace')}
          describedBy={`${id}-pace`}
        />
        <p id={`${id}-pace`} className="hint">
          {t('brief.paceDefault', { value: defaultPace })}{' '}
          {brief.pace !== undefined && (
            <button type="button" className="btn btn--small" onClick={() => update({ pace: undefined })}>
              {t('brief.paceReset')}
            </button>
          )}
        </p>
      </div>
    </section>
  );
}
