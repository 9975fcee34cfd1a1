import type { TripEvaluation } from '../../domain/trip/evaluate';
import { useAppStore } from '../../store';
import { formatDistance } from '../format';
import { warningText } from './messages';
import { useTripStrings } from './strings';
import { useSiteNames } from './use-site-names';

/** The time budget as a meter, updated on every change to the stops, with what is wrong with the plan. */
export function BudgetBar({ evaluation }: { evaluation: TripEvaluation }) {
  const { t } = useTripStrings();
  const locale = useAppStore((s) => s.locale);
  const names = useSiteNames();
  const { totals, budget, remaining, warnings } = evaluation;
  const over = remaining < 0;
  const value = t('budget.value', { total: totals.total, budget });
  const state = over ? t('warning.over-budget', { overBy: -remaining }) : t('budget.spare', { value: remaining });
  const width = Math.min(100, (totals.total / budget) * 100);
  const problems = warnings.filter((w) => w.code !== 'over-budget');
  return (
    <section className={`trip-budget${over ? ' trip-budget--over' : ''}`} data-testid="trip-budget" aria-label={t('budget.label')}>
      <div
        className="trip-budget__bar"
        role="meter"
        aria-label={t('budget.label')}
        aria-valuemin={0}
        aria-valuemax={budget}
        aria-valuenow={Math.min(totals.total, budget)}
        aria-valuetext={`${value}. ${state}`}
      >
        <span className="trip-budget__fill" style={{ width: `${width}%` }} />
      </div>
      {/* Not a live region: a changed trip is announced once, by the stop list (TripStops). */}
      <p className="trip-budget__text">
        <strong>{value}</strong> · <span className={over ? 'trip-budget__over' : undefined}>{state}</span> {t('budget.finish', { time: totals.finishAt })}
      </p>
      <p className="hint">
        {t('budget.breakdown', {
          walk: totals.walkMinutes,
          visit: totals.visitMinutes,
          buffer: totals.bufferMinutes,
          distance: formatDistance(totals.distance, locale),
        })}
      </p>
      {problems.length > 0 && (
        <ul className="trip-warnings">
          {problems.map((w, i) => (
            <li key={i}>{warningText(w, t, names.name)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
