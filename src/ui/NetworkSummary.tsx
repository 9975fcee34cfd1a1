import { useTranslation } from 'react-i18next';
import { PATH_KINDS } from '../domain/vocab';
import { useAppStore } from '../store';
import { selectNetwork } from '../store/walk-selectors';
import { loadEmbeddedPaths } from '../data/paths';
import { formatDistance } from './format';

/** The walking network: what it is (a simplified model), how long, and what it is made of. */
export default function NetworkSummary() {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const { value: paths, issues } = loadEmbeddedPaths();
  const network = useAppStore(selectNetwork);
  const sites = useAppStore((s) => s.data.sites.value);
  const kinds = PATH_KINDS.map((k) => [k, paths.filter((p) => p.properties.kind === k).length] as const).filter(([, n]) => n > 0);
  const low = paths.filter((p) => p.properties.confidence === 'low').length;
  return (
    <section aria-labelledby="about-network">
      <h3 id="about-network">{t('data.network.title')}</h3>
      <p>
        {t('data.network.model', {
          count: paths.length,
          length: formatDistance(t, locale, network.stats.length),
          components: network.stats.components,
        })}
      </p>
      <ul className="counts">
        {kinds.map(([k, n]) => (
          <li key={k}>
            {t(`data.network.kind.${k}`)}: <strong>{n}</strong>
          </li>
        ))}
      </ul>
      <p>{t('data.network.confidence', { low, total: paths.length })}</p>
      <p>{t('data.network.unsurveyed')}</p>
      {issues.length > 0 && (
        <p data-testid="path-issues">
          {t('data.skipped', { count: issues.length })}: {issues.map((i) => `paths.geojson #${i.index + 1} (${t(i.key)})`).join(', ')}
        </p>
      )}
      <p data-testid="unattached-sites">
        {network.failures.size === 0
          ? t('data.network.allAttached', { count: network.anchors.size })
          : t('data.network.notAttached', {
              names: [...network.failures.keys()]
                .map((id) => sites.find((s) => s.properties.id === id)?.properties.name[locale] ?? id)
                .join(', '),
            })}
      </p>
    </section>
  );
}

