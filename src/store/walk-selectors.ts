/**
 * Walk selectors: the walking network and the current walk's route. Kept out of selectors.ts so
 * the router and the directions load only when the Walk tab is first used.
 */
import { walkStopIds } from '../domain/export/stops';
import type { LngLat } from '../domain/types';
import { resolveWalk, type SiteNetwork, type WalkOutcome } from '../domain/walk';
import type { WalkOverlay } from '../domain/view';
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

/** The walk on the map: each leg's line and the numbered stops; null without a route. */
export const selectWalkOverlay = memo(
  (s) => [selectWalkOutcome(s)] as const,
  (outcome): WalkOverlay | null => {
    if (!outcome?.ok) return null;
    const points = new Map<string, LngLat>();
    for (const leg of outcome.route.legs) {
      points.set(leg.from, leg.geometry[0]!);
      points.set(leg.to, leg.geometry.at(-1)!);
    }
    return { legs: outcome.route.legs.map((l) => l.geometry), stops: walkStopIds(outcome.route).map((id) => ({ id, point: points.get(id)! })) };
  },
);
