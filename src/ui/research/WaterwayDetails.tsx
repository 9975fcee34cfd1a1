import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../domain/coverage/types';
import { useAppStore } from '../../store';
import { formatDistance } from '../format';
import { CoverageChart } from './CoverageChart';
import { CoverageKey } from './CoverageKey';
import { useNames } from './names';
import { useResearchStrings } from './strings';
import { stretchText } from './where-text';

/** One waterway: the chart, the colour key, its gaps with the nearest sites, and each site's catchment. */
export function WaterwayDetails({ coverage }: { coverage: Coverage }) {
  const { t } = useResearchStrings();
  const { t: tm } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const focus = useAppStore((s) => s.focusWaterway);
  const setFocus = useAppStore((s) => s.setFocusWaterway);
  const select = useAppStore((s) => s.select);
  const names = useNames();
  const m = (v: number) => formatDistance(v, locale);
  const w = coverage.waterways.find((x) => x.waterway === focus) ?? coverage.waterways[0];
  if (!w) return null;
  const name = names.waterway(w.waterway);
  return (
    <section aria-labelledby="cov-focus">
      <label className="field">
        <span id="cov-focus">{t('focus')}</span>
        <select value={w.waterway} onChange={(e) => setFocus(e.target.value)}>
          {coverage.waterways.map((x) => (
            <option key={x.waterway} value={x.waterway}>
              {names.waterway(x.waterway)}
            </option>
          ))}
        </select>
      </label>
      <CoverageChart waterway={w} name={name} threshold={coverage.options.threshold} maxSnap={coverage.options.maxSnap} locale={locale} />
      <CoverageKey />
      <h4>{t('gaps')}</h4>
      {w.gaps.length === 0 ? (
        <p>{t('gapsNone', { name })}</p>
      ) : (
        <ol className="cov-gaps" data-testid="coverage-gaps">
          {w.gaps.map((g) => (
            <li key={`${g.part}-${g.from}`}>
              {t('gap', {
                stretch: stretchText({ l: locale, tc: tm }, g.from, g.to, g.length),
                near: g.nearest.map((n) => `${names.site(n.id)} (${m(n.distance)})`).join(', '),
              })}
            </li>
          ))}
        </ol>
      )}
      <h4>{t('catchments')}</h4>
      <p className="hint">{t('catchmentHelp')}</p>
      <table className="data-table" data-testid="coverage-catchments">
        <thead>
          <tr>
            <th scope="col">{t('site')}</th>
            <th scope="col">{t('catchment')}</th>
          </tr>
        </thead>
        <tbody>
          {w.catchments.map((c) => (
            <tr key={c.site}>
              <th scope="row">
                {c.site.startsWith('what-if-') || c.site.startsWith('import') ? (
                  names.site(c.site)
                ) : (
                  <button type="button" className="link" onClick={() => select({ type: 'site', id: c.site })}>
                    {names.site(c.site)}
                  </button>
                )}
              </th>
              <td>{m(c.length)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
