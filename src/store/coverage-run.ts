/**
 * The coverage analysis as a reaction of the store, outside React: while a mode that runs it is open
 * (its `coverage` flag in store/mode-links.ts: the Research tab),
 * each change of the analysis's inputs (the sites that count, the researcher's network, the what-if
 * sites, the parameters) sends one request to the network worker, and only the reply to the latest
 * request is kept; older replies that arrive late are dropped. Leaving the tab sends nothing; coming
 * back with the same inputs keeps the reply already there. Loaded with the Research tab (main.tsx).
 */
import type { CoverageReply, CoverageRequest } from '../domain/coverage/session';
import { DATA_URLS } from '../data/urls';
import { selectCountedSites, selectMeasuredWaterways } from './coverage-selectors';
import type { AppState, AppStore } from './index';
import { runsCoverage } from './mode-links';
import { BUILT_IN_KEY, networkClient } from './network-client';
import { memo } from './selectors';

/**
 * The coverage request for the current inputs. The built-in network travels as its URL (the
 * worker reads the file itself); an imported one as its lines, alone ('replace') or added to the
 * built-in ones ('extend').
 */
export const selectCoverageRequest = memo(
  (s) => [selectCountedSites(s), s.ownNetwork, s.candidates, s.coverageParams, selectMeasuredWaterways(s)] as const,
  (sites, own, candidates, params, waterways): CoverageRequest => {
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
  },
);

/**
 * Starts the reaction; returns what stops it. `compute` is the worker's (a test passes its own).
 * @example const stop = runCoverage(store); … stop();
 */
export function runCoverage(store: AppStore, compute: (request: CoverageRequest) => Promise<CoverageReply> = (r) => networkClient().compute(r)): () => void {
  let sent: CoverageRequest | null = null;
  let latest = 0;
  const react = (s: AppState) => {
    if (!runsCoverage(s)) return;
    const request = selectCoverageRequest(s);
    if (request === sent) return;
    sent = request;
    const ticket = ++latest;
    s.setCoverageBusy(true);
    compute(request).then(
      (reply) => ticket === latest && store.getState().setCoverage(reply),
      (error: unknown) => ticket === latest && store.getState().setCoverage(null, String(error)),
    );
  };
  react(store.getState());
  return store.subscribe(react);
}
