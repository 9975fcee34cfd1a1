/**
 * Walk selectors: the walking network and the current walk's route. Kept out of selectors.ts so
 * the router, the directions and the network data load only when the Walk tab is first used.
 */
import { resolveWalk, siteNetwork, type SiteNetwork, type WalkOutcome } from '../domain/walk';
import { loadEmbeddedPaths } from '../data/paths';
import { memo } from './selectors';

/** The walking network with every site attached: built once per dataset (a few milliseconds). */
export const selectNetwork = memo(
  (s) => [s.data.sites.value] as const,
  (sites): SiteNetwork => siteNetwork({ type: 'FeatureCollection', features: loadEmbeddedPaths().value }, sites),
);

/** The current walk's route, or the problem that stops it; null while there is nothing to route. */
export const selectWalkOutcome = memo(
  (s) => [selectNetwork(s), s.data.sites.value, s.walk.stops, s.walk.profile, s.walk.order, s.walk.loop, s.walk.start, s.origin] as const,
  (network, sites, stops, profile, order, loop, start, origin): WalkOutcome | null => {
    const from = start === 'origin' ? (origin?.point ?? null) : null;
    if (stops.length + (from ? 1 : 0) < 2) return null;
    return resolveWalk(network, sites, { stops, profile, order, loop, start: from });
  },
);
