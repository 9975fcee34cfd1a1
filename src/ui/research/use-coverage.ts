/**
 * Runs the coverage computation (in the worker) whenever its inputs change and keeps the latest
 * reply in the store, for the panel and the map. Older replies that arrive late are dropped.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { FeatureCollection } from 'geojson';
import { networkFor } from '../../domain/import/geojson-network';
import type { CoverageRequest } from '../../domain/coverage/session';
import { useAppStore, useAppStoreApi } from '../../store';
import { coverageClient } from '../../store/coverage-client';
import { selectCountedSites, selectMeasuredWaterways } from '../../store/coverage-selectors';

/** The coverage request for the current inputs; null until the walking network has loaded. */
export function useCoverageRequest(): CoverageRequest | null {
  const sites = useAppStore(selectCountedSites);
  const own = useAppStore((s) => s.ownNetwork);
  const candidates = useAppStore((s) => s.candidates);
  const params = useAppStore((s) => s.coverageParams);
  const waterways = useAppStore(selectMeasuredWaterways);
  const builtIn = useAppStore((s): FeatureCollection | null => (s.network.status === 'ready' ? s.network.data.lines : null));
  return useMemo<CoverageRequest | null>(() => {
    if (!builtIn) return null;
    const network = own
      ? { key: `own:${own.mode}:${own.filename}:${own.network.features.length}`, lines: networkFor(builtIn, own.network, own.mode) }
      : { key: 'built-in', lines: builtIn };
    return {
      network,
      waterways: { key: 'built-in', lines: waterways },
      sites,
      candidates,
      spacing: params.spacing,
      threshold: params.threshold,
      maxSnap: params.maxSnap,
      profile: params.profile,
    };
  }, [sites, own, candidates, params, waterways, builtIn]);
}

export function useCoverageRun(request: CoverageRequest | null): void {
  const store = useAppStoreApi();
  const latest = useRef(0);
  useEffect(() => {
    if (!request) return;
    const ticket = ++latest.current;
    store.getState().setCoverageBusy(true);
    coverageClient()
      .compute(request)
      .then(
        (reply) => ticket === latest.current && store.getState().setCoverage(reply),
        (error: unknown) => ticket === latest.current && store.getState().setCoverage(null, String(error)),
      );
  }, [request, store]);
}
