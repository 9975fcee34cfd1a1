/**
 * Trip selectors: the travel matrix (built once per start, end and step-free setting), the budget
 * bar's evaluation of the stops as listed, and the route drawn on the map. Loaded with the Field
 * trip tab (by the tab and by the map), never at start-up.
 */
import { snapPoint } from '../domain/network/place';
import { route } from '../domain/network/route';
import type { Leg, Place } from '../domain/network/types';
import type { LngLat } from '../domain/types';
import type { Endpoint } from '../domain/trip/brief';
import { briefProfile } from '../domain/trip/brief';
import { evaluateTrip, type TripEvaluation } from '../domain/trip/evaluate';
import { tripMatrix } from '../domain/trip/matrix';
import { START_MAX_SNAP, type SiteNetwork } from '../domain/walk';
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

function placeOf(network: SiteNetwork, e: Endpoint | string, id: string, profile: 'shortest' | 'step-free'): Place | null {
  if (typeof e === 'string') return network.anchors.get(e) ?? null;
  if (e.kind === 'site') return network.anchors.get(e.id) ? { ...network.anchors.get(e.id)!, id } : null;
  const snapped = snapPoint(network.graph, [e.lng, e.lat], START_MAX_SNAP, { id, profile });
  return 'reason' in snapped ? null : snapped;
}

/** The trip's places in walking order (start, stops, end; null where one cannot be placed) and the legs between them that can be walked. */
export type TripRoute = { places: (Place | null)[]; legs: (Leg | null)[] };

/** The trip as walked: start → stops → end; a leg is null where it cannot be walked (the budget bar names it). */
export const selectTripRoute = memo(
  (s) => [selectNetwork(s), s.trip?.brief.start, s.trip?.brief.end, s.trip?.brief.stepFree, s.trip?.stops] as const,
  (network, start, end, stepFree, stops): TripRoute | null => {
    if (!network || !start || !end || !stops?.length) return null;
    return measured('routing:trip-route', () => tripRoute(network, start, end, stepFree ?? false, stops));
  },
);

function tripRoute(network: SiteNetwork, start: Endpoint, end: Endpoint, stepFree: boolean, stops: readonly { id: string }[]): TripRoute {
  const profile = briefProfile({ stepFree });
  const places = [placeOf(network, start, '@start', profile), ...stops.map((x) => placeOf(network, x.id, x.id, profile)), placeOf(network, end, '@end', profile)];
  const legs: (Leg | null)[] = [];
  let prev: Place | null = null;
  for (const p of places) {
    if (!p) continue;
    if (prev) {
      const leg = route(network.graph, prev, p, profile);
      legs.push('reason' in leg ? null : leg);
    }
    prev = p;
  }
  return { places, legs };
}

/** The trip on the map: start → stops → end, leg by leg (a leg that cannot be walked is left out), and the stops numbered. Null without stops. */
export const selectTripOverlay = memo(
  (s) => [selectTripRoute(s), s.trip?.stops, s.data.sites.value] as const,
  (trip, stops, sites): WalkOverlay | null => {
    if (!trip || !stops) return null;
    const byId = new Map(sites.map((x) => [x.properties.id, x]));
    const points = stops.flatMap((x) => {
      const site = byId.get(x.id);
      return site ? [{ id: x.id, point: site.geometry.coordinates as LngLat }] : [];
    });
    return { legs: trip.legs.flatMap((l) => (l ? [l.geometry] : [])), stops: points };
  },
);
