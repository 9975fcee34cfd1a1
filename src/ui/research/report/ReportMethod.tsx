/** The question, the method in plain words, and the parameters, as set. */
import type { CommonKey } from '../../../i18n/t';
import { ATTACH_TOLERANCE, MAX_ATTACHMENTS } from '../../../domain/network/split';
import type { Kit, Lang } from './kit';
import type { ReportModel } from './model';

const degrees = (v: number) => v.toFixed(2);

export function ReportMethod({ kit, model }: { kit: Kit; model: ReportModel }) {
  const { params, ownNetwork, ownSites, streetData } = model.inputs;
  const o = model.coverage.options;
  const reached = model.counted.filter((s) => s.reached).length;
  const method2 = (x: Lang) =>
    ownNetwork ? x.t(ownNetwork.mode === 'replace' ? 'method2Replace' : 'method2Extend', { file: ownNetwork.filename }) : x.t('method2');
  const method3 = (x: Lang) =>
    streetData
      ? x.t('method3', {
          threshold: kit.metres(x, o.threshold),
          limit: kit.metres(x, o.maxSnap),
          south: degrees(streetData.south),
          north: degrees(streetData.north),
          west: degrees(streetData.west),
          east: degrees(streetData.east),
        })
      : x.t('method3Own', { threshold: kit.metres(x, o.threshold), limit: kit.metres(x, o.maxSnap) });
  const list = (x: Lang, items: readonly CommonKey[], all: 'allThemes' | 'allStatuses') => (items.length ? items.map((i) => x.tc(i)).join(', ') : x.t(all));
  return kit.cols((x) => (
    <section>
      <h2>{x.t('questionTitle')}</h2>
      <p>{x.t('question', { threshold: kit.metres(x, o.threshold) })}</p>
      <h2>{x.t('methodTitle')}</h2>
      <p>{x.t('method1', { spacing: kit.metres(x, params.spacing) })}</p>
      <p>{method2(x)}</p>
      <p>{method3(x)}</p>
      <p>{x.t('method4', { count: kit.count(x, MAX_ATTACHMENTS - 1), tolerance: kit.metres(x, ATTACH_TOLERANCE) })}</p>
      <p>{x.t('method5')}</p>
      <h2>{x.t('paramsTitle')}</h2>
      <dl className="report__params">
        <dt>{x.t('param.threshold')}</dt>
        <dd>{kit.metres(x, o.threshold)}</dd>
        <dt>{x.t('param.spacing')}</dt>
        <dd>{kit.metres(x, params.spacing)}</dd>
        <dt>{x.t('param.profile')}</dt>
        <dd>{x.t(`profile.${o.profile}`)}</dd>
        <dt>{x.t('param.maxSnap')}</dt>
        <dd>{kit.metres(x, o.maxSnap)}</dd>
        {ownSites?.mode !== 'replace' && (
          <>
            <dt>{x.t('param.categories')}</dt>
            <dd>{params.sites.categories.map((c) => x.tc(`category.${c}_plural`)).join(', ')}</dd>
            <dt>{x.t('param.themes')}</dt>
            <dd>{list(x, params.sites.themes.map((v) => `theme.${v}` as const), 'allThemes')}</dd>
            <dt>{x.t('param.statuses')}</dt>
            <dd>{list(x, params.sites.statuses.map((v) => `status.${v}` as const), 'allStatuses')}</dd>
          </>
        )}
        <dt>{x.t('param.count')}</dt>
        <dd>
          {kit.count(x, model.counted.length)}
          {reached < model.counted.length && `; ${x.t('param.reached')} ${kit.count(x, reached)}`}
        </dd>
        <dt>{x.t('param.whatIf')}</dt>
        <dd>{kit.count(x, model.whatIf.length)}</dd>
      </dl>
    </section>
  ));
}
