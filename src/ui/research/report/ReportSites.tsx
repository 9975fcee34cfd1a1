/** The sites counted, the researcher's own data and what-if sites, the sources, and the link that reopens the analysis. */
import { CANDIDATE_MAX_SNAP, SESSION_SITE_SNAP } from '../../../domain/coverage/session';
import type { Kit, Lang } from './kit';
import type { ReportModel, ReportWhatIf } from './model';

const WHAT_IF_ROW = { attached: 'whatIfRow', 'too-far': 'whatIfRowOff', 'no-network': 'whatIfRowNoNetwork' } as const;

export function ReportSites({ kit, model }: { kit: Kit; model: ReportModel }) {
  const { ownSites, ownNetwork } = model.inputs;
  const whatIf = (x: Lang, w: ReportWhatIf) =>
    x.t(WHAT_IF_ROW[w.placed], { n: w.n, lat: kit.lat(w.point), lon: kit.lon(w.point), near: kit.nearOnly(x, w.near[x.l]), limit: kit.metres(x, CANDIDATE_MAX_SNAP) });
  return (
    <>
      <section className="report__sites">
        <h2>{kit.each((x) => x.t('sitesTitle', { count: model.counted.length }))}</h2>
        <table className="report__table report__table--small" data-testid="report-sites">
          <thead>
            <tr>
              <th scope="col">{kit.each((x) => x.t('site.name'))}</th>
              <th scope="col">{kit.each((x) => x.t('site.status'))}</th>
              <th scope="col">{kit.each((x) => x.t('site.confidence'))}</th>
              <th scope="col">{kit.each((x) => x.t('site.source'))}</th>
            </tr>
          </thead>
          <tbody>
            {model.counted.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  {kit.each((x) => s.name[x.l], true)}
                  {!s.reached && <em className="report__line">{kit.each((x) => x.t('site.unreached', { limit: kit.metres(x, SESSION_SITE_SNAP) }))}</em>}
                </th>
                <td>{kit.each((x) => x.tc(`status.${s.status}`))}</td>
                <td>{kit.each((x) => (s.confidence ? x.tc(`confidence.${s.confidence}`) : x.t('site.noConfidence')))}</td>
                <td>{s.imported ? kit.each((x) => x.t('site.imported', { file: ownSites?.filename ?? '' })) : <span lang="en">{s.source}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {kit.cols((x) => (
        <section>
          <h2>{x.t('ownTitle')}</h2>
          {!ownSites && !ownNetwork && model.whatIf.length === 0 && <p>{x.t('ownNone')}</p>}
          {ownSites && <p>{x.t('ownSites', { file: ownSites.filename, count: ownSites.sites.length, mode: x.t(`mode.${ownSites.mode}`) })}</p>}
          {ownNetwork && <p>{x.t('ownNetwork', { file: ownNetwork.filename, count: ownNetwork.network.features.length, mode: x.t(`mode.${ownNetwork.mode}`) })}</p>}
          {model.whatIf.length > 0 && (
            <ol className="report__list" data-testid="report-what-if">
              {model.whatIf.map((w) => (
                <li key={w.n}>{whatIf(x, w)}</li>
              ))}
            </ol>
          )}
          <h2>{x.t('sourcesTitle')}</h2>
          <ul className="report__list" data-testid="report-sources">
            <li>{ownNetwork?.mode === 'replace' ? x.t('sourceOsmReplaced', { file: ownNetwork.filename }) : x.t('sourceOsm')}</li>
            <li>{x.t('sourceFacts')}</li>
            <li>{x.t('sourceApp')}</li>
          </ul>
        </section>
      ))}
    </>
  );
}

/** The link and QR code that reopen the analysis, and what they cannot carry. */
export function ReportLink({ kit, model, link, qr }: { kit: Kit; model: ReportModel; link: string; qr: string | null }) {
  const files = [model.inputs.ownSites?.filename, model.inputs.ownNetwork?.filename].filter((f): f is string => Boolean(f));
  return (
    <section className="report__link">
      <figure className="report__qr">{qr && <img src={qr} alt={kit.langs.map((x) => x.t('qr')).join(' / ')} data-testid="report-qr" data-url={link} />}</figure>
      {kit.cols((x) => (
        <div>
          <h2>{x.t('linkTitle')}</h2>
          <p>{x.t(model.whatIf.length ? 'linkTextWhatIf' : 'linkText')}</p>
          {files.length > 0 && (
            <p data-testid="report-no-import">{x.t('linkNoImport', { files: new Intl.ListFormat(x.l, { type: 'conjunction' }).format(files) })}</p>
          )}
        </div>
      ))}
      <p className="report__url" lang="en">
        {link}
      </p>
    </section>
  );
}
