import { formatDuration, legSummary } from '../../domain/network/directions';
import { minutes } from '../../domain/types';
import { useAppStore } from '../../store';
import { useWalkStrings } from './strings';
import { selectNetwork } from '../../store/walk-selectors';
import { formatDistance } from '../format';
import { NameText } from '../NameText';
import { WalkProblem } from './WalkProblem';
import { FollowStart } from '../follow/FollowStart';
import type { WalkView } from './use-walk';
import { formatNumber } from '../../i18n';

/** Distance and time, then each leg with its step-by-step directions. */
export function WalkResult({ view }: { view: WalkView }) {
  const { t } = useWalkStrings();
  const locale = useAppStore((s) => s.locale);
  const pace = useAppStore((s) => s.walk.pace);
  const networkLength = useAppStore((s) => selectNetwork(s)?.stats.length ?? 0);
  const { outcome, summary, stops, directions } = view;
  if (!outcome) return <p className="hint">{t('walk.needTwo')}</p>;
  if (!outcome.ok) return <WalkProblem problem={outcome.problem} />;
  const route = outcome.route;
  const total = summary ? summary.duration + view.visitMinutes : 0;
  const nameOf = (id: string) => stops.find((s) => s.id === id)?.name[locale] ?? id;
  return (
    <section className="walk-result" aria-labelledby="walk-result-title" data-testid="walk-result">
      <h3 id="walk-result-title" tabIndex={-1}>
        {t('walk.result')}
      </h3>
      <p className="walk-result__summary" data-testid="walk-summary">
        <strong>{summary?.text}</strong>
        <br />
        <span className="hint">
          {t('walk.withVisits', { total: formatDuration(minutes(total), locale), visits: formatDuration(minutes(view.visitMinutes), locale) })}
          {' · '}
          {t('walk.atPace', { kmh: formatNumber(locale, pace) })}
        </span>
      </p>
      <FollowStart start={(actions, store) => actions.followWalk(store)} />
      <p className="hint">{t('walk.modelNote', { length: formatDistance(networkLength, locale) })}</p>
      <ol className="walk-legs">
        {route.legs.map((leg, i) => (
          <li key={`${leg.from}-${leg.to}-${i}`} className="walk-leg">
            <details open={route.legs.length <= 3}>
              <summary>
                <span className="walk-leg__title">
                  <NameText text={nameOf(leg.from)} /> → <NameText text={nameOf(leg.to)} />
                </span>{' '}
                <span className="hint">{legSummary(leg, locale, { pace }).text}</span>
              </summary>
              <ol className="directions">
                {(directions[i] ?? []).map((step, j) => (
                  <li key={j} className={`directions__step directions__step--${step.kind}`}>
                    {step.text}
                  </li>
                ))}
              </ol>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
