import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lineLength } from '../domain/measure';
import { useAppStore } from '../store';
import { selectNetwork } from '../store/walk-selectors';
import { formatDistance } from './format';
import { NetworkStatus } from './NetworkStatus';

/** The walking network: where each of its lines comes from and how long they are, what is left out, and the access rule. */
export default function NetworkSummary() {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const state = useAppStore((s) => s.network);
  const loadNetwork = useAppStore((s) => s.loadNetwork);
  const network = useAppStore(selectNetwork);
  const sites = useAppStore((s) => s.data.sites.value);
  useEffect(() => void loadNetwork(), [loadNetwork]);
  const bySource = useMemo(() => {
    if (state.status !== 'ready') return [];
    const metres = new Map<string, number>();
    let approximate = 0;
    for (const f of state.data.lines.features) {
      const key = f.properties.source;
      metres.set(key, (metres.get(key) ?? 0) + lineLength(f.geometry));
      if (f.properties.approximate) approximate++;
    }
    return [...metres].map(([key, m]) => ({ key, m, source: state.data.sources[key], approximate }));
  }, [state]);
  if (state.status !== 'ready' || !network) {
    return (
      <section aria-labelledby="about-network">
        <h3 id="about-network">{t('data.network.title')}</h3>
        <NetworkStatus />
      </section>
    );
  }
  const total = bySource.reduce((sum, s) => sum + s.m, 0);
  const approximate = bySource[0]?.approximate ?? 0;
  return (
    <section aria-labelledby="about-network">
      <h3 id="about-network">{t('data.network.title')}</h3>
      <p>{t('data.network.summary', { length: formatDistance(t, locale, total), count: state.data.lines.features.length })}</p>
      <ul className="network-sources" data-testid="network-sources">
        {bySource.map(({ key, m, source }) => (
          <li key={key}>
            <strong>{source?.label[locale] ?? key}</strong>: {formatDistance(t, locale, m)}
            <br />
            <span className="hint">{source?.[locale]}</span>
          </li>
        ))}
      </ul>
      <p>{t('data.network.approximate', { count: approximate })}</p>
      <p>{t('data.network.notMapped')}</p>
      <p>{t('data.network.stepFreeRule')}</p>
      <p>{t('data.network.unsurveyed')}</p>
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
