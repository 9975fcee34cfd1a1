/** The report's first page: the title and headline, the map with its legend, the figures per waterway. */
import { formatDate } from '../../format-date';
import { version as appVersion } from '../../../../package.json';
import { DATA_VERSION } from '../../../data';
import type { Locale } from '../../../domain/schema';
import { COVERAGE_COLOURS } from '../../../map/coverage-layers';
import { HALO_COLOUR } from '../../../map/marker-colours';
import { MarkerSymbol, type MarkerKind } from '../MarkerSymbol';
import type { Kit, Lang } from './kit';
import type { ReportModel } from './model';

const dateText = (l: Locale) => formatDate(l, new Date(), 'long');

/** The upper bound of each colour band, as a multiple of the threshold (the map's bands). */
const BAND: Record<Exclude<keyof typeof COVERAGE_COLOURS, 'none'>, number> = { near: 0.5, covered: 1, outside: 1.5, far: 1.5 };

export function ReportSummary({ kit, model, image }: { kit: Kit; model: ReportModel; image: string | null }) {
  const { main, coverage } = model;
  const o = coverage.options;
  const headline = (x: Lang) =>
    main && (
      <p className="report__headline" data-testid="report-headline">
        <strong>
          {x.tc('research:headline', {
            name: kit.waterway(x, main.waterway),
            percent: kit.percent(x, main.percent),
            threshold: kit.metres(x, o.threshold),
            covered: kit.km(x, main.covered),
            length: kit.km(x, main.length),
          })}
        </strong>{' '}
        {main.offNetwork > 0 &&
          main.measuredPercent !== null &&
          x.tc('research:headlineMeasured', {
            off: kit.km(x, main.offNetwork),
            limit: kit.metres(x, o.maxSnap),
            measured: kit.km(x, main.measured),
            percent: kit.percent(x, main.measuredPercent),
          })}
      </p>
    );
  const markers: MarkerKind[] = ['cluster', ...(model.whatIf.length > 0 ? ['candidate' as const] : []), ...(model.suggestions.length > 0 ? ['suggestion' as const] : [])];
  return (
    <>
      {kit.cols((x) => (
        <header>
          <h1>{x.t('title')}</h1>
          <p className="report__made">{x.t('made', { date: dateText(x.l), app: x.tc('app.title'), appVersion, dataVersion: DATA_VERSION })}</p>
          {headline(x)}
        </header>
      ))}
      <figure className="report__map">
        {image && <img src={image} alt={kit.langs.map((x) => x.t('mapAlt')).join(' / ')} data-testid="report-map" />}
        {kit.cols((x) => (
          <figcaption>
            <strong>{x.t('mapTitle')}</strong>
            <ul className="report__legend">
              {(Object.keys(COVERAGE_COLOURS) as (keyof typeof COVERAGE_COLOURS)[]).map((k) => (
                <li key={k}>
                  <span className="report__swatch" style={{ background: COVERAGE_COLOURS[k] }} /> {x.tc(`research:legend.${k}`)}
                  {k !== 'none' && ` (${x.t(`legendRange.${k}`, { m: kit.metres(x, BAND[k] * o.threshold) })})`}
                </li>
              ))}
              {markers.map((k) => (
                <li key={k}>
                  <MarkerSymbol kind={k} size="16pt" /> {x.t(`legend.${k}`)}
                </li>
              ))}
              <li>
                <span className="report__halo" style={{ borderColor: HALO_COLOUR }} /> {x.t('legend.halo')}
              </li>
            </ul>
          </figcaption>
        ))}
      </figure>
      {kit.cols((x) => (
        <section>
          <h2>{x.t('figuresTitle')}</h2>
          <table className="report__table" data-testid="report-figures">
            <thead>
              <tr>
                <th scope="col">{x.tc('research:waterway')}</th>
                <th scope="col">{x.tc('research:length')}</th>
                <th scope="col">{x.tc('research:covered')}</th>
                <th scope="col">{x.t('notMeasuredColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((w) => (
                <tr key={w.waterway}>
                  <th scope="row">{kit.waterway(x, w.waterway)}</th>
                  <td className="num">{kit.km(x, w.length)}</td>
                  <td className="num">
                    {kit.percent(x, w.percent)} ({kit.km(x, w.covered)})
                  </td>
                  <td className="num">{kit.km(x, w.offNetwork)}</td>
                </tr>
              ))}
              <tr className="report__total">
                <th scope="row">{x.t('total')}</th>
                <td className="num">{kit.km(x, coverage.total.length)}</td>
                <td className="num">
                  {kit.percent(x, coverage.total.percent)} ({kit.km(x, coverage.total.covered)})
                </td>
                <td className="num">{kit.km(x, model.rows.reduce((sum, w) => sum + w.offNetwork, 0))}</td>
              </tr>
            </tbody>
          </table>
          <p className="report__note">{x.tc('research:riverContext')}</p>
        </section>
      ))}
    </>
  );
}
