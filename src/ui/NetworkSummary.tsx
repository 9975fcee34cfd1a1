import { useEffect, useMemo } from 'react';
import { useNetworkStrings } from './network-strings';
import { useAppStore } from '../store';
import { selectNetwork } from '../store/walk-selectors';
import { formatDistance } from './format';
import { NetworkStatus } from './NetworkStatus';
import { CoverageFigure } from './CoverageFigure';

/** The walking network: where each of its lines comes from and how long they are, what is left out, and the access rule. */
export default function NetworkSummary() {
  const { t } = useNetworkStrings();
  const locale = useAppStore((s) => s.locale);
  const state = useAppStore((s) => s.network);
  const loadNetwork = useAppStore((s) => s.loadNetwork);
  const network = useAppStore(selectNetwork);
  const sites = useAppStore((s) => s.data.sites.value);
  useEffect(() => void loadNetwork(), [loadNetwork]);
  const bySource = useMemo(
    () => (state.status === 'ready' ? Object.entries(state.data.lengths).map(([key, m]) => ({ key, m, source: state.data.sources[key] })) : []),
    [state],
  );
  if (state.status !== 'ready' || !network) {
    return (
      <section aria-labelledby="about-network">
        <h3 id="about-network">{t('title')}</h3>
        <NetworkStatus />
      </section>
    );
  }
  const total = bySource.reduce((sum, s) => sum + s.m, 0);
  const approximate = state.data.approximate;
  return (
    <section aria-labelledby="about-network">
      <h3 id="about-network">{t('title')}</h3>
      <p>{t('summary', { length: formatDistance(total, locale), count: state.data.lines })}</p>
      <ul className="network-sources" data-testid="network-sources">
        {bySource.map(({ key, m, source }) => (
          <li key={key}>
            <strong>{source?.label[locale] ?? key}</strong>: {formatDistance(m, locale)}
            <br />
            <span className="hint">{source?.[locale]}</span>
          </li>
        ))}
      </ul>
      <p>{t('approximate', { count: approximate })}</p>
      <p>{t('notMapped')}</p>
      <p>{t('stepFreeRule')}</p>
      <p>{t('unsurveyed')}</p>
      <CoverageFigure />
      <p data-testid="unattached-sites">
        {network.failures.size === 0
          ? t('allAttached', { count: network.anchors.size })
          : t('notAttached', {
              names: [...network.failures.keys()]
                .map((id) => sites.find((s) => s.properties.id === id)?.properties.name[locale] ?? id)
                .join(', '),
            })}
      </p>
    </section>
  );
}
