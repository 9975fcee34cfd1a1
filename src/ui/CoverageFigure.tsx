import { useEffect, useState } from 'react';
import { DATA_URLS } from '../data/urls';
import { measuredWaterways } from '../domain/coverage/sample';
import { DEFAULT_PARAMS, siteCounts } from '../domain/coverage/params-url';
import type { WaterwayCoverage } from '../domain/coverage/types';
import { useAppStore } from '../store';
import { BUILT_IN_KEY, networkClient } from '../store/network-client';
import { formatPercent } from '../i18n';
import { formatDistance } from './format';
import { useNetworkStrings } from './network-strings';

/**
 * The canal's headline coverage under the Research tab's default parameters, computed now on the
 * network the app ships (in the network worker): the same figure the Research tab opens on.
 */
export function CoverageFigure() {
  const { t } = useNetworkStrings();
  const locale = useAppStore((s) => s.locale);
  const sites = useAppStore((s) => s.data.sites.value);
  const waterways = useAppStore((s) => s.data.waterways.value);
  const [main, setMain] = useState<WaterwayCoverage | null>(null);
  useEffect(() => {
    let live = true;
    const p = DEFAULT_PARAMS;
    const mainStem = waterways.find((w) => w.properties.kind === 'main-stem')?.properties.id;
    networkClient()
      .compute({
        network: { key: BUILT_IN_KEY, url: new URL(DATA_URLS.network, document.baseURI).href },
        waterways: { key: 'built-in', lines: measuredWaterways(waterways) },
        sites: sites.filter(siteCounts(p)).map((s) => ({ id: s.properties.id, point: s.geometry.coordinates })),
        candidates: [],
        spacing: p.spacing,
        threshold: p.threshold,
        maxSnap: p.maxSnap,
        profile: p.profile,
      })
      .then(
        (reply) => live && setMain(reply.coverage.waterways.find((w) => w.waterway === mainStem) ?? null),
        // The figure is an extra: "About the data" stays whole without it (the Research tab names failures).
        (error: unknown) => {
          console.warn('[about] the coverage figure could not be computed', error);
          if (live) setMain(null);
        },
      );
    return () => {
      live = false;
    };
  }, [sites, waterways]);
  if (!main) return null;
  const km = (m: number) => formatDistance(m, locale);
  return (
    <p data-testid="coverage-figure">
      {t('coverage', {
        threshold: km(DEFAULT_PARAMS.threshold),
        percent: formatPercent(locale, main.percent),
        covered: km(main.covered),
        length: km(main.length),
        off: km(main.offNetwork),
        limit: km(DEFAULT_PARAMS.maxSnap),
      })}
    </p>
  );
}
