/**
 * Walk selectors: the walking network and the current walk's route. Kept out of selectors.ts so
 * the router, the directions and the network data load only when the Walk tab is first used.
 */
import type { FeatureCollection } from 'geojson';
import { resolveWalk, siteNetwork, type SiteNetwork, type WalkOutcome } from '../domain/walk';
import type { AppState } from './index';
import { memo } from './selectors';

const networkLines = (s: AppState): FeatureCollection | null => (s.network.status === 'ready' ? s.network.data.lines : null);

/** The walking network with every site attached, once the network has loaded (null before). */
export const selectNetwork = memo(
  (s) => [networkLines(s), s.data.sites.value] as const,
  (lines, sites): SiteNetwork | null => (lines ? siteNetwork(lines, sites) : null),
);

/** The current walk's route, or the problem that stops it; null while there is nothing to route (or no network yet). */
export const selectWalkOutcome = memo(
  (s) => [selectNetwork(s), s.data.sites.value, s.walk.stops, s.walk.profile, s.walk.order, s.walk.loop, s.walk.start, s.origin] as const,
  (network, sites, stops, profile, order, loop, start, origin): WalkOutcome | null => {
    const from = start === 'origin' ? (origin?.point ?? null) : null;
    if (!network || stops.length + (from ? 1 : 0) < 2) return null;
    return resolveWalk(network, sites, { stops, profile, order, loop, start: from });
  },
);
