/**
 * The current walk as the UI shows it: the route (or its problem), the stops in visiting order
 * with names and points, and the directions in the current language. Memoised on the store's inputs.
 */
import { useMemo } from 'react';
import { routeDirections, walkSummary, type DirectionStep, type WalkSummary } from '../../domain/network/directions';
import type { Localized } from '../../domain/schema';
import { START_NAME, directionsContext } from './directions-context';
import type { LngLat } from '../../domain/types';
import type { WalkOutcome } from '../../domain/walk';
import { useAppStore } from '../../store';
import { selectNetwork, selectWalkOutcome } from '../../store/walk-selectors';
import { walkStopIds } from '../../domain/export/stops';

export type WalkStopView = { id: string; name: Localized; point: LngLat; visitMinutes: number };

export type WalkView = {
  outcome: WalkOutcome | null;
  /** Stops in visiting order (the start point first when the walk starts there; a loop's start once). */
  stops: WalkStopView[];
  directions: DirectionStep[][];
  summary: WalkSummary | null;
  visitMinutes: number;
};

export function useWalk(): WalkView {
  const locale = useAppStore((s) => s.locale);
  const sites = useAppStore((s) => s.data.sites.value);
  const waterways = useAppStore((s) => s.data.waterways.value);
  const network = useAppStore(selectNetwork);
  const outcome = useAppStore(selectWalkOutcome);
  const origin = useAppStore((s) => s.origin);
  const pace = useAppStore((s) => s.walk.pace);

  return useMemo(() => {
    if (!outcome?.ok || !network) return { outcome, stops: [], directions: [], summary: null, visitMinutes: 0 };
    const route = outcome.route;
    const byId = new Map(sites.map((s) => [s.properties.id, s]));
    const ids = walkStopIds(route);
    const stops: WalkStopView[] = ids.map((id) => {
      const site = byId.get(id);
      if (site) return { id, name: site.properties.name, point: site.geometry.coordinates, visitMinutes: site.properties.visitMinutes };
      return { id, name: START_NAME, point: origin?.point ?? route.legs[0]!.geometry[0]!, visitMinutes: 0 };
    });
    const context = directionsContext(sites, waterways, stops, locale);
    return {
      outcome,
      stops,
      directions: routeDirections(network.graph, route, context, locale),
      summary: walkSummary(route, locale, { pace }),
      visitMinutes: stops.reduce((sum, s) => sum + s.visitMinutes, 0),
    };
  }, [outcome, sites, waterways, network, locale, origin, pace]);
}
