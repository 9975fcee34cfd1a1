import { headline } from '../../domain/coverage/report';
import type { Coverage } from '../../domain/coverage/types';
import { useAppStore } from '../../store';
import { selectStraight } from '../../store/coverage-selectors';
import { formatDistance } from '../format';
import { useNames } from './names';
import { useResearchStrings } from './strings';
import { formatPercent } from '../../i18n';

const pct = formatPercent;

/** Covered length and percentage per waterway; the straight-line figures beside them when compared. */
export function CoverageSummary({ coverage }: { coverage: Coverage }) {
  const { t } = useResearchStrings();
  const locale = useAppStore((s) => s.locale);
  const straight = useAppStore(selectStraight);
  const names = useNames();
  const waterways = useAppStore((s) => s.data.waterways.value);
  const km = (m: number) => formatDistance(m, locale);
  // The headline is the canal's main stem; the moat and links follow in the table.
  const mainId = waterways.find((w) => w.properties.kind === 'main-stem')?.properties.id;
  const main = headline(coverage, mainId);
  return (
    <section aria-labelledby="cov-summary">
      <h3 id="cov-summary">{t('summary')}</h3>
      {main && (
        <p className="coverage-headline" data-testid="coverage-headline">
          <strong>
            {t('headline', {
              name: names.waterway(main.waterway),
              percent: pct(locale, main.percent),
              threshold: km(coverage.options.threshold),
              covered: km(main.covered),
              length: km(main.length),
            })}
          </strong>{' '}
          {main.offNetwork > 0 &&
            main.measuredPercent !== null &&
            t('headlineMeasured', {
              off: km(main.offNetwork),
              limit: km(coverage.options.maxSnap),
              measured: km(main.measured),
              percent: pct(locale, main.measuredPercent),
            })}
        </p>
      )}
      <table className="data-table" data-testid="coverage-table">
        <thead>
          <tr>
            <th scope="col">{t('waterway')}</th>
            <th scope="col">{t('length')}</th>
            <th scope="col">{t('covered')}</th>
            {straight && <th scope="col">{t('straight')}</th>}
          </tr>
        </thead>
        <tbody>
          {coverage.waterways.map((w) => {
            const s = straight?.overstatement.find((o) => o.waterway === w.waterway);
            return (
              <tr key={w.waterway} data-waterway={w.waterway}>
                <th scope="row">{names.waterway(w.waterway)}</th>
                <td>{km(w.length)}</td>
                <td>
                  {pct(locale, w.percent)} <span className="hint">({km(w.covered)})</span>
                </td>
                {s && <td>{pct(locale, s.straightPercent)}</td>}
              </tr>
            );
          })}
          <tr>
            <th scope="row">{t('total')}</th>
            <td>{km(coverage.total.length)}</td>
            <td>
              <strong>{pct(locale, coverage.total.percent)}</strong>
            </td>
            {straight && <td />}
          </tr>
        </tbody>
      </table>
      {straight?.overstatement
        .filter((o) => o.overstated > 0)
        .map((o) => (
          <p key={o.waterway} className="hint" data-testid="overstatement">
            {t('overstates', { name: names.waterway(o.waterway), length: km(o.overstated) })}
          </p>
        ))}
      {waterways.some((w) => w.properties.kind === 'river') && <p className="hint">{t('riverContext')}</p>}
      {coverage.waterways
        .filter((w) => w.offNetwork > 0 && w.waterway !== mainId)
        .map((w) => (
          <p key={w.waterway} className="hint">
            {names.waterway(w.waterway)}: {t('offNetwork', { length: km(w.offNetwork), limit: km(coverage.options.maxSnap) })}
          </p>
        ))}
    </section>
  );
}
