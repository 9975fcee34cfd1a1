/**
 * Walk selectors: the walking network and the current walk's route. Kept out of selectors.ts so
 * the router and the directions load only when the Walk tab is first used.
 */
import { resolveWalk, type SiteNetwork, type WalkOutcome } from '../domain/walk';
import type { AppState } from './index';
import { measured } from './measured';
import { memo } from './selectors';

/** The walking network with every site attached (built in the network worker); null until it has loaded. */
export const selectNetwork = (s: AppState): SiteNetwork | null => (s.network.status === 'ready' ? s.network.built : null);

/** The current walk's route, or the problem that stops it; null while there is nothing to route (or no network yet). */
export const selectWalkOutcome = memo(
  (s) => [selectNetwork(s), s.data.sites.value, s.walk.stops, s.walk.profile, s.walk.order, s.walk.loop, s.walk.start, s.origin] as const,
  (network, sites, stops, profile, order, loop, start, origin): WalkOutcome | null => {
    const from = start === 'origin' ? (origin?.point ?? null) : null;
    if (!network || stops.length + (from ? 1 : 0) < 2) return null;
    return measured('routing:walk', () => resolveWalk(network, sites, { stops, profile, order, loop, start: from }));
  },
);
