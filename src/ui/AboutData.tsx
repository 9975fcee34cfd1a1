import { Suspense, lazy, useMemo } from 'react';
import { useAboutStrings } from './about-strings';
import { CATEGORIES, CONFIDENCES, STATUSES } from '../domain/vocab';
import { useAppStore } from '../store';
import { selectLoadIssues } from '../store/selectors';
import { formatDistance } from './format';
import { useModalDialog } from './use-modal-dialog';

const NetworkSummary = lazy(() => import('./NetworkSummary'));

/** Sources, licences, counts, what is approximate, and anything skipped at load. */
export function AboutData() {
  const { t } = useAboutStrings();
  const open = useAppStore((s) => s.aboutOpen);
  const setOpen = useAppStore((s) => s.setAboutOpen);
  const locale = useAppStore((s) => s.locale);
  const data = useAppStore((s) => s.data);
  const issues = useAppStore(selectLoadIssues);
  const dialog = useModalDialog(open, () => setOpen(false));

  const sites = data.sites.value;
  const count = useMemo(() => {
    const by = <K extends string>(keys: readonly K[], get: (p: (typeof sites)[number]['properties']) => K) =>
      keys.map((k) => [k, sites.filter((s) => get(s.properties) === k).length] as const);
    return {
      category: by(CATEGORIES, (p) => p.category),
      status: by(STATUSES, (p) => p.status),
      confidence: by(CONFIDENCES, (p) => p.confidence),
    };
  }, [sites]);

  const approximate = useMemo(
    () => [
      ...data.waterways.value
        .filter((w) => w.properties.approximate)
        .map((w) => ({ id: w.properties.id, name: w.properties.name[locale], metres: w.properties.geometryAccuracy })),
      ...sites
        .filter((s) => s.properties.positionAccuracy >= 50)
        .map((s) => ({ id: s.properties.id, name: s.properties.name[locale], metres: s.properties.positionAccuracy })),
    ],
    [data.waterways.value, sites, locale],
  );

  if (!open) return null;
  return (
    <dialog {...dialog} className="modal" aria-labelledby="about-title" tabIndex={-1}>
      <div className="modal__body">
        <div className="modal__head">
          <h2 id="about-title">{t('data.about')}</h2>
          <button type="button" className="btn" onClick={() => setOpen(false)}>
            {t('data.close')}
          </button>
        </div>
        <p>{t('data.intro')}</p>
        <p>{t('data.verifiedMeans')}</p>
        <p>{t('data.noWaterQuality')}</p>

        <h3>{t('data.counts')}</h3>
        <ul className="counts">
          {count.category.map(([k, n]) => (
            <li key={k}>
              {t(`category.${k}_plural`)}: <strong>{n}</strong>
            </li>
          ))}
        </ul>
        <h4>{t('data.byStatus')}</h4>
        <ul className="counts">
          {count.status.map(([k, n]) => (
            <li key={k}>
              {t(`status.${k}`)}: <strong>{n}</strong>
            </li>
          ))}
        </ul>
        <h4>{t('data.byConfidence')}</h4>
        <ul className="counts">
          {count.confidence.map(([k, n]) => (
            <li key={k}>
              {t(`confidence.${k}`)}: <strong>{n}</strong>
            </li>
          ))}
        </ul>

        <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
          <NetworkSummary />
        </Suspense>

        <h3>{t('data.approximate')}</h3>
        <ul className="approx-list">
          {approximate.map((a) => (
            <li key={a.id}>{t('data.approximateItem', { name: a.name, metres: formatDistance(a.metres, locale) })}</li>
          ))}
        </ul>

        <h3>{t('data.unmapped')}</h3>
        <ul>
          {data.unmapped.map((u) => (
            <li key={u.id}>
              <strong>{u.name[locale]}</strong>: {u.note[locale]}
            </li>
          ))}
        </ul>

        <h3>{issues.length ? t('data.skipped', { count: issues.length }) : t('data.skippedNone')}</h3>
        {issues.length > 0 && (
          <ul className="issues" data-testid="load-issues">
            {issues.map((i) => (
              <li key={`${i.file}-${i.index}`}>
                {t('data.issueLine', {
                  file: i.file,
                  index: i.index + 1,
                  id: i.featureId ?? '?',
                  reason: t(i.key),
                })}
                <br />
                <code lang="en">{i.detail}</code>
              </li>
            ))}
          </ul>
        )}

        <h3>{t('data.sources')}</h3>
        <ul>
          <li>{t('data.osmCredit')}</li>
          <li>{t('data.factsCredit')}</li>
          <li>{t('data.appLicence')}</li>
        </ul>
      </div>
    </dialog>
  );
}
