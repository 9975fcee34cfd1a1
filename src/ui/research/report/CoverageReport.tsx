import type { TFunction } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { version as appVersion } from '../../../../package.json';
import { DATA_VERSION } from '../../../data';
import { NAMED_PLACE_LIMIT, type NamedPlace } from '../../../domain/coverage/report';
import { CANDIDATE_MAX_SNAP } from '../../../domain/coverage/session';
import type { LngLat } from '../../../domain/types';
import type { Locale } from '../../../domain/schema';
import { formatNumber, formatPercent } from '../../../i18n';
import { COVERAGE_COLOURS, WHAT_IF_STYLES } from '../../../map/coverage-layers';
import { CLUSTER_STYLE } from '../../../map/layers';
import { HALO_COLOUR } from '../../../map/symbols';
import { useAppStore } from '../../../store';
import { selectCountedSites } from '../../../store/coverage-selectors';
import { analysisLink } from '../../../store/what-if-url';
import { formatDistance } from '../../format';
import { usePrintQr, usePrintWhenReady } from '../../use-print';
import { reportModel, type ReportModel } from './model';

type Lang = { l: Locale; t: TFunction; tc: TFunction };

/** A numbered disc as the map draws it, for the legend. */
const Dot = ({ fill, ink, n }: { fill: string; ink: string; n: number }) => (
  <span className="report__dot" style={{ background: fill, color: ink, borderColor: ink === '#ffffff' ? fill : ink }}>
    {n}
  </span>
);

const dateText = (l: Locale) => new Intl.DateTimeFormat(l === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'long' }).format(new Date());

/**
 * The coverage report on A4: the question and the method in plain words, the parameters, the map,
 * the figures per waterway, the gaps with the places at their ends, the suggestions, the
 * straight-line comparison, the sites counted, the researcher's own data, the sources, the date
 * and the data's version, and a link and QR code that reopen the analysis. The figures are the
 * panel's (the store's one coverage result). Hidden on screen; the print style sheet shows it.
 */
export function CoverageReport() {
  const { i18n } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const print = useAppStore((s) => s.print);
  const choice = useAppStore((s) => s.reportLanguage);
  const reply = useAppStore((s) => s.coverage);
  const suggestions = useAppStore((s) => s.suggestions);
  const run = useAppStore((s) => s.suggestRun);
  const sites = useAppStore((s) => s.data.sites.value);
  const waterways = useAppStore((s) => s.data.waterways.value);
  const params = useAppStore((s) => s.coverageParams);
  const counted = useAppStore(selectCountedSites);
  const ownSites = useAppStore((s) => s.ownSites);
  const ownNetwork = useAppStore((s) => s.ownNetwork);
  const whatIfPoints = useMemo(() => (reply?.candidates ?? []).map((c) => c.point), [reply]);
  const link = analysisLink(window.location.href, choice === 'both' ? locale : choice, params, whatIfPoints);

  const model = useMemo<ReportModel | null>(
    () =>
      reply && print.status !== 'idle'
        ? reportModel({
            coverage: reply.coverage,
            candidates: reply.candidates,
            suggestions,
            sites,
            waterways,
            countedIds: new Set(counted.map((c) => c.id)),
            ownSites,
            ownNetwork,
          })
        : null,
    [reply, print.status, suggestions, sites, waterways, counted, ownSites, ownNetwork],
  );

  const qr = usePrintQr(link, print.status !== 'idle', 'report');
  const qrReady = qr.ready;

  usePrintWhenReady(print.status === 'ready' && qrReady && model !== null);

  if (print.status === 'idle' || !model) return null;
  const langs: Lang[] = (choice === 'both' ? (['th', 'en'] as const) : [choice]).map((l) => ({
    l,
    t: i18n.getFixedT(l, 'research', 'report'),
    tc: i18n.getFixedT(l),
  }));
  const cols = (render: (x: Lang) => ReactNode, className = '') => (
    <div className={`report__cols ${className}`}>
      {langs.map((x) => (
        <div key={x.l} lang={x.l} className="report__col">
          {render(x)}
        </div>
      ))}
    </div>
  );
  /** One text in each of the report's languages, in one cell: side by side with " / ", or one per line. */
  const each = (render: (x: Lang) => ReactNode, lines = false) =>
    langs.map((x, i) => (
      <span key={x.l} lang={x.l} className={lines ? 'report__line' : undefined}>
        {i > 0 && !lines ? ' / ' : ''}
        {render(x)}
      </span>
    ));
  const { coverage } = model;
  const o = coverage.options;
  const wName = (l: Locale, id: string) => waterways.find((w) => w.properties.id === id)?.properties.name[l] ?? id;
  const km = (tc: TFunction, l: Locale, m: number) => formatDistance(tc, l, m);
  /** A parameter as set, to the metre (the panel's rounded distances would print 25 m as 30 m). */
  const metres = (tc: TFunction, l: Locale, m: number) => tc('units.m', { value: formatNumber(l, m, 0) });
  /** A point on a waterway, in kilometres from its start to 10 m (so a 30 m gap does not read "1.2 km to 1.2 km"). */
  const chainage = (x: Lang, m: number) => x.tc('units.km', { value: formatNumber(x.l, m / 1000, 2) });
  const lat = (p: LngLat) => p[1].toFixed(5);
  const lon = (p: LngLat) => p[0].toFixed(5);
  const limit = (x: Lang) => km(x.tc, x.l, NAMED_PLACE_LIMIT);
  /** The named place nearest a point; without one, the point's coordinates. */
  const place = (x: Lang, p: NamedPlace | null, at: LngLat) =>
    p ? x.t('nearPlace', { name: p.name[x.l], distance: km(x.tc, x.l, p.distance) }) : x.t('noPlace', { lat: lat(at), lon: lon(at), limit: limit(x) });
  const files = [ownSites?.filename, ownNetwork?.filename].filter(Boolean).join(', ');

  return createPortal(
    <article className={`print-view report report--${choice}`} data-testid="coverage-report" data-print-status={print.status} data-qr-ready={qrReady} aria-hidden="true">
      {cols(({ l, t, tc }) => (
        <header>
          <h1>{t('title')}</h1>
          <p className="report__made">{t('made', { date: dateText(l), app: tc('app.title'), appVersion, dataVersion: DATA_VERSION })}</p>
          {model.main && (
            <p className="report__headline" data-testid="report-headline">
              <strong>
                {t('headline', {
                  percent: formatPercent(l, model.main.percent),
                  threshold: km(tc, l, o.threshold),
                  covered: km(tc, l, model.main.covered),
                  length: km(tc, l, model.main.length),
                })}
              </strong>{' '}
              {model.main.offNetwork > 0 &&
                model.main.measuredPercent !== null &&
                t('headlineMeasured', {
                  off: km(tc, l, model.main.offNetwork),
                  limit: km(tc, l, o.maxSnap),
                  measured: km(tc, l, model.main.measured),
                  percent: formatPercent(l, model.main.measuredPercent),
                })}
            </p>
          )}
        </header>
      ))}
      <figure className="report__map">
        {print.image && <img src={print.image} alt={langs.map(({ t }) => t('mapAlt')).join(' / ')} data-testid="report-map" />}
        {cols(({ t, tc }) => (
          <figcaption>
            <strong>{t('mapTitle')}</strong>
            <ul className="report__legend">
              {(Object.keys(COVERAGE_COLOURS) as (keyof typeof COVERAGE_COLOURS)[]).map((k) => (
                <li key={k}>
                  <span className="report__swatch" style={{ background: COVERAGE_COLOURS[k] }} /> {tc(`research:legend.${k}`)}
                </li>
              ))}
              <li>
                <Dot fill={CLUSTER_STYLE.fill} ink={CLUSTER_STYLE.ink} n={3} /> {t('legend.cluster')}
              </li>
              {WHAT_IF_STYLES.filter((w) => w.kind === 'suggestion' || model.whatIf.length > 0).map((w) => (
                <li key={w.kind}>
                  <Dot fill={w.fill} ink={w.ink} n={1} /> {t(`legend.${w.kind}`)}
                </li>
              ))}
              <li>
                <span className="report__halo" style={{ borderColor: HALO_COLOUR }} /> {t('legend.halo')}
              </li>
            </ul>
          </figcaption>
        ))}
      </figure>
      {cols(({ l, t, tc }) => (
        <section>
          <h2>{t('figuresTitle')}</h2>
          <table className="report__table" data-testid="report-figures">
            <thead>
              <tr>
                <th scope="col">{tc('research:waterway')}</th>
                <th scope="col">{tc('research:length')}</th>
                <th scope="col">{tc('research:covered')}</th>
                <th scope="col">{t('notMeasured')}</th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((w) => (
                <tr key={w.waterway}>
                  <th scope="row">{wName(l, w.waterway)}</th>
                  <td className="num">{km(tc, l, w.length)}</td>
                  <td className="num">
                    {formatPercent(l, w.percent)} ({km(tc, l, w.covered)})
                  </td>
                  <td className="num">{km(tc, l, w.offNetwork)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="report__note">{tc('research:riverContext')}</p>
        </section>
      ))}
      {cols(({ l, t, tc }) => (
        <section>
          <h2>{t('questionTitle')}</h2>
          <p>{t('question', { threshold: km(tc, l, o.threshold) })}</p>
          <h2>{t('methodTitle')}</h2>
          <p>{t('method1', { spacing: metres(tc, l, params.spacing) })}</p>
          <p>{t('method2')}</p>
          <p>{t('method3', { threshold: km(tc, l, o.threshold), limit: km(tc, l, o.maxSnap) })}</p>
          <p>{t('method4')}</p>
          <h2>{t('paramsTitle')}</h2>
          <dl className="report__params">
            <dt>{t('param.threshold')}</dt>
            <dd>{metres(tc, l, o.threshold)}</dd>
            <dt>{t('param.spacing')}</dt>
            <dd>{metres(tc, l, params.spacing)}</dd>
            <dt>{t('param.profile')}</dt>
            <dd>{t(`profile.${o.profile}`)}</dd>
            <dt>{t('param.maxSnap')}</dt>
            <dd>{metres(tc, l, o.maxSnap)}</dd>
            <dt>{t('param.categories')}</dt>
            <dd>{params.sites.categories.map((c) => tc(`category.${c}_plural`)).join(', ')}</dd>
            <dt>{t('param.themes')}</dt>
            <dd>{params.sites.themes.length ? params.sites.themes.map((x) => tc(`theme.${x}`)).join(', ') : t('allThemes')}</dd>
            <dt>{t('param.statuses')}</dt>
            <dd>{params.sites.statuses.length ? params.sites.statuses.map((x) => tc(`status.${x}`)).join(', ') : t('allStatuses')}</dd>
            <dt>{t('param.count')}</dt>
            <dd>{formatNumber(l, coverage.sites.length, 0)}</dd>
          </dl>
        </section>
      ))}
      {cols((x) => (
        <section>
          <h2>{x.t('gapsTitle', { threshold: km(x.tc, x.l, o.threshold) })}</h2>
          {model.gaps.length === 0 ? (
            <p>{x.t('gapsNone')}</p>
          ) : (
            <ol className="report__list" data-testid="report-gaps">
              {model.gaps.map((g) => (
                <li key={`${g.waterway}-${g.part}-${g.from}`}>
                  {x.t('gapRow', {
                    waterway: wName(x.l, g.waterway),
                    from: chainage(x, g.from),
                    to: chainage(x, g.to),
                    length: km(x.tc, x.l, g.length),
                    start: place(x, g.ends[x.l][0], g.points[0]),
                    end: place(x, g.ends[x.l][1], g.points[1]),
                  })}
                </li>
              ))}
            </ol>
          )}
          <h2>{x.t('suggestionsTitle')}</h2>
          {run.status === 'failed' && <p>{x.t('suggestionsFailed', { reason: run.error })}</p>}
          {run.status === 'done' && <p>{x.t('suggestionsIntro', { n: formatNumber(x.l, run.n, 0), threshold: km(x.tc, x.l, o.threshold) })}</p>}
          {run.status === 'done' && model.suggestions.length === 0 && <p>{x.t('suggestionsNone', { threshold: km(x.tc, x.l, o.threshold) })}</p>}
          {model.suggestions.length > 0 && (
            <ol className="report__list" data-testid="report-suggestions">
              {model.suggestions.map((s) => (
                <li key={s.n}>
                  {x.t('suggestionRow', {
                    n: s.n,
                    where: s.on ? x.t('along', { waterway: wName(x.l, s.on.waterway), km: chainage(x, s.on.along) }) : '',
                    lat: lat(s.point),
                    lon: lon(s.point),
                    near: s.near[x.l] ? place(x, s.near[x.l], s.point) : x.t('noPlaceShort', { limit: limit(x) }),
                    gain: km(x.tc, x.l, s.gain),
                  })}
                </li>
              ))}
            </ol>
          )}
          <h2>{x.t('straightTitle')}</h2>
          <p>{x.t('straightIntro')}</p>
          <ul className="report__list">
            {model.rows.map((w) =>
              w.straight ? (
                <li key={w.waterway}>
                  {x.t('straightRow', {
                    waterway: wName(x.l, w.waterway),
                    network: formatPercent(x.l, w.percent),
                    straight: formatPercent(x.l, w.straight.straightPercent),
                    over: km(x.tc, x.l, w.straight.overstated),
                  })}
                </li>
              ) : null,
            )}
          </ul>
        </section>
      ))}
      <section className="report__sites">
        <h2>{each((x) => x.t('sitesTitle', { count: model.counted.length }))}</h2>
        <table className="report__table report__table--small" data-testid="report-sites">
          <thead>
            <tr>
              <th scope="col">{each((x) => x.t('site.name'))}</th>
              <th scope="col">{each((x) => x.t('site.status'))}</th>
              <th scope="col">{each((x) => x.t('site.confidence'))}</th>
              <th scope="col">{each((x) => x.t('site.source'))}</th>
            </tr>
          </thead>
          <tbody>
            {model.counted.map((s) => (
              <tr key={s.id}>
                <th scope="row">{each((x) => s.name[x.l], true)}</th>
                <td>{each((x) => x.tc(`status.${s.status}`))}</td>
                <td>{each((x) => (s.confidence ? x.tc(`confidence.${s.confidence}`) : x.t('site.noConfidence')))}</td>
                <td>{s.imported ? each((x) => x.t('site.imported', { file: ownSites?.filename ?? '' })) : <span lang="en">{s.source}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {cols(({ l, t, tc }) => (
        <section>
          <h2>{t('ownTitle')}</h2>
          {!ownSites && !ownNetwork && model.whatIf.length === 0 && <p>{t('ownNone')}</p>}
          {ownSites && <p>{t('ownSites', { file: ownSites.filename, count: ownSites.sites.length, mode: t(`mode.${ownSites.mode}`) })}</p>}
          {ownNetwork && <p>{t('ownNetwork', { file: ownNetwork.filename, count: ownNetwork.network.features.length, mode: t(`mode.${ownNetwork.mode}`) })}</p>}
          {model.whatIf.length > 0 && (
            <ol className="report__list" data-testid="report-what-if">
              {model.whatIf.map((w) => (
                <li key={w.n}>
                  {t('whatIfRow', {
                    n: w.n,
                    lat: w.point[1].toFixed(5),
                    lon: w.point[0].toFixed(5),
                    near: w.near[l] ? place({ l, t, tc }, w.near[l], w.point) : t('noPlaceShort', { limit: km(tc, l, NAMED_PLACE_LIMIT) }),
                    off: w.attached ? '' : t('whatIfOff', { limit: km(tc, l, CANDIDATE_MAX_SNAP) }),
                  })}
                </li>
              ))}
            </ol>
          )}
          <h2>{t('sourcesTitle')}</h2>
          <ul className="report__list" data-testid="report-sources">
            <li>{t('sourceOsm')}</li>
            <li>{t('sourceFacts')}</li>
            <li>{t('sourceApp')}</li>
          </ul>
        </section>
      ))}
      <section className="report__link">
        <figure className="report__qr">
          {qr.image && <img src={qr.image} alt={langs.map(({ t }) => t('qr')).join(' / ')} data-testid="report-qr" data-url={qr.url} />}
        </figure>
        {cols(({ t }) => (
          <div>
            <h2>{t('linkTitle')}</h2>
            <p>{t('linkText', { whatIf: model.whatIf.length ? t('linkWhatIf') : '' })}</p>
            {files && <p data-testid="report-no-import">{t('linkNoImport', { files })}</p>}
          </div>
        ))}
        <p className="report__url" lang="en">
          {link}
        </p>
      </section>
    </article>,
    document.body,
  );
}
