/**
 * Trip selectors: the travel matrix (built once per start, end and step-free setting), the budget
 * bar's evaluation of the stops as listed, and the route drawn on the map. Loaded with the Field
 * trip tab (by the tab and by the map), never at start-up.
 */
import type { LngLat } from '../domain/types';
import type { Endpoint } from '../domain/trip/brief';
import { briefProfile } from '../domain/trip/brief';
import { evaluateTrip, type TripEvaluation } from '../domain/trip/evaluate';
import { tripMatrix } from '../domain/trip/matrix';
import { routeStopList, type StopListOutcome, type StopRef } from '../domain/walk';
import type { WalkOverlay } from '../domain/view';
import type { AppState } from './index';
import { measured } from './measured';
import { memo } from './selectors';
import { selectNetwork } from './walk-selectors';

export { selectNetwork };

const endpointKey = (e: Endpoint | undefined) => (!e ? '' : e.kind === 'site' ? `s:${e.id}` : `p:${e.lng},${e.lat}`);

/** The matrix depends only on the endpoints and step-free; the key keeps it across other brief edits. */
const selectMatrixKey = memo(
  (s) => [endpointKey(s.trip?.brief.start), endpointKey(s.trip?.brief.end), s.trip?.brief.stepFree ?? false] as const,
  (start, end, stepFree) => ({ start, end, stepFree }),
);

/** @example const m = selectMatrix(state); if (m?.ok) proposeTrip({ brief, sites, matrix: m.matrix }) */
export const selectMatrix = (() => {
  let lastKey: unknown = null;
  let lastNetwork: unknown = null;
  let result: ReturnType<typeof tripMatrix> | null = null;
  return (s: AppState): ReturnType<typeof tripMatrix> | null => {
    if (!s.trip) return null;
    const key = selectMatrixKey(s);
    const network = selectNetwork(s);
    if (!network) return null;
    if (key !== lastKey || network !== lastNetwork) {
      result = measured('routing:trip-matrix', () => tripMatrix(network, s.trip!.brief, s.data.sites.value.map((x) => x.properties.id)));
      [lastKey, lastNetwork] = [key, network];
    }
    return result;
  };
})();

/** The budget bar: times and totals of the stops in the teacher's order. */
export const selectTripEvaluation = memo(
  (s) => [selectMatrix(s), s.trip?.brief, s.trip?.stops, s.data.sites.value] as const,
  (matrix, brief, stops, sites): TripEvaluation | null =>
    matrix?.ok && brief && stops ? evaluateTrip(stops.map((x) => x.id), { brief, sites, matrix: matrix.matrix }) : null,
);

/** A trip's start or end as a place in its stop list: a site, or a point (the school). */
const endpointRef = (e: Endpoint, id: string): StopRef => (e.kind === 'site' ? { id, site: e.id } : { id, point: [e.lng, e.lat] });

/** The trip as walked, start → stops → end, routed as a walk is (one stop-list model), or the problem that stops it (the budget bar names it too). */
export type TripRoute = StopListOutcome;

export const selectTripRoute = memo(
  (s) => [selectNetwork(s), s.trip?.brief.start, s.trip?.brief.end, s.trip?.brief.stepFree, s.trip?.stops, s.data.sites.value] as const,
  (network, start, end, stepFree, stops, sites): TripRoute | null => {
    if (!network || !start || !end || !stops?.length) return null;
    const places = [endpointRef(start, '@start'), ...stops.map((x) => ({ id: x.id, site: x.id })), endpointRef(end, '@end')];
    const input = { places, profile: briefProfile({ stepFree: stepFree ?? false }), order: 'keep' as const, loop: false, maxStops: places.length };
    return measured('routing:trip-route', () => routeStopList(network, sites, input));
  },
);

/** The trip on the map: start → stops → end and the stops numbered; null without stops, and when it cannot be walked in full (the panel says why: no line jumps a gap). */
export const selectTripOverlay = memo(
  (s) => [selectTripRoute(s), s.trip?.stops, s.data.sites.value] as const,
  (trip, stops, sites): WalkOverlay | null => {
    if (!trip?.ok || !stops) return null;
    const byId = new Map(sites.map((x) => [x.properties.id, x]));
    const points = stops.flatMap((x) => {
      const site = byId.get(x.id);
      return site ? [{ id: x.id, point: site.geometry.coordinates as LngLat }] : [];
    });
    return { legs: trip.route.legs.map((l) => l.geometry), stops: points };
  },
);
