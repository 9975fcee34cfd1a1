/** The findings: the gaps with the places at their ends, the suggested sites, on foot against the straight line. */
import { DEFAULT_CANDIDATE_SPACING } from '../../../domain/coverage/candidates';
import { suggestionLetter } from '../../../map/coverage-layers';
import { suggestionWhere } from '../where-text';
import type { Kit } from './kit';
import type { ReportModel } from './model';

export function ReportFindings({ kit, model }: { kit: Kit; model: ReportModel }) {
  const o = model.coverage.options;
  const run = model.inputs.suggestRun;
  return kit.cols((x) => (
    <section>
      <h2>{x.t('gapsTitle', { threshold: kit.metres(x, o.threshold) })}</h2>
      <p>{x.t('origins')}</p>
      <ul className="report__list" data-testid="report-origins">
        {model.origins.map((g) => (
          <li key={g.waterway}>{x.t('originRow', { waterway: kit.waterway(x, g.waterway), place: kit.place(x, g.near[x.l], g.point) })}</li>
        ))}
      </ul>
      {model.gaps.length === 0 ? (
        <p>{x.t('gapsNone')}</p>
      ) : (
        <ol className="report__list" data-testid="report-gaps">
          {model.gaps.map((g) => (
            <li key={`${g.waterway}-${g.part}-${g.from}`}>
              {x.t('gapRow', {
                waterway: kit.waterway(x, g.waterway),
                stretch: kit.stretch(x, g.from, g.to, g.length),
                start: kit.place(x, g.ends[x.l][0], g.points[0]),
                end: kit.place(x, g.ends[x.l][1], g.points[1]),
              })}
            </li>
          ))}
        </ol>
      )}
      <h2>{x.t('suggestionsTitle')}</h2>
      {run.status === 'failed' && <p>{x.t('suggestionsFailed', { reason: run.error })}</p>}
      {run.status === 'done' && (
        <p>
          {x.t('suggestionsIntro', { n: kit.count(x, run.n), threshold: kit.metres(x, o.threshold), spacing: kit.metres(x, DEFAULT_CANDIDATE_SPACING) })}
        </p>
      )}
      {run.status === 'done' && model.suggestions.length === 0 && <p>{x.t('suggestionsEmpty', { threshold: kit.metres(x, o.threshold) })}</p>}
      {model.suggestions.length > 0 && (
        <ol className="report__list" data-testid="report-suggestions">
          {model.suggestions.map((s) => (
            <li key={s.n}>
              {x.t('suggestionRow', {
                n: suggestionLetter(s.n),
                lat: kit.lat(s.point),
                lon: kit.lon(s.point),
                where: suggestionWhere(x, (id) => kit.waterway(x, id), s, true),
                gain: kit.km(x, s.gain),
              })}
            </li>
          ))}
        </ol>
      )}
      <h2>{x.t('straightTitle')}</h2>
      <p>{x.t('straightIntro')}</p>
      <ul className="report__list" data-testid="report-straight">
        {model.rows.map((w) =>
          w.straight ? (
            <li key={w.waterway}>
              {x.t('straightRow', {
                waterway: kit.waterway(x, w.waterway),
                network: kit.percent(x, w.percent),
                straight: kit.percent(x, w.straight.straightPercent),
                over: kit.km(x, w.straight.overstated),
              })}
            </li>
          ) : null,
        )}
      </ul>
    </section>
  ));
}
