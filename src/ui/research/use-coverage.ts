/**
 * Runs the coverage computation (in the worker) whenever its inputs change and keeps the latest
 * reply in the store, for the panel and the map. Older replies that arrive late are dropped.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { CoverageRequest } from '../../domain/coverage/session';
import { DATA_URLS } from '../../data/urls';
import { useAppStore, useAppStoreApi } from '../../store';
import { BUILT_IN_KEY, networkClient } from '../../store/network-client';
import { selectCountedSites, selectMeasuredWaterways } from '../../store/coverage-selectors';

/**
 * The coverage request for the current inputs. The built-in network travels as its URL (the
 * worker reads the file itself); an imported one as its lines, alone ('replace') or added to the
 * built-in ones ('extend').
 */
export function useCoverageRequest(): CoverageRequest {
  const sites = useAppStore(selectCountedSites);
  const own = useAppStore((s) => s.ownNetwork);
  const candidates = useAppStore((s) => s.candidates);
  const params = useAppStore((s) => s.coverageParams);
  const waterways = useAppStore(selectMeasuredWaterways);
  return useMemo<CoverageRequest>(() => {
    const url = new URL(DATA_URLS.network, document.baseURI).href;
    const network = !own
      ? { key: BUILT_IN_KEY, url }
      : { key: `own:${own.mode}:${own.filename}:${own.network.features.length}`, lines: own.network, ...(own.mode === 'extend' ? { url } : {}) };
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
  }, [sites, own, candidates, params, waterways]);
}

export function useCoverageRun(request: CoverageRequest): void {
  const store = useAppStoreApi();
  const latest = useRef(0);
  useEffect(() => {
    const ticket = ++latest.current;
    store.getState().setCoverageBusy(true);
    networkClient()
      .compute(request)
      .then(
        (reply) => ticket === latest.current && store.getState().setCoverage(reply),
        (error: unknown) => ticket === latest.current && store.getState().setCoverage(null, String(error)),
      );
  }, [request, store]);
}
