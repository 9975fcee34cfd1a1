/**
 * Trip selectors: the travel matrix (built once per start, end and step-free setting), the budget
 * bar's evaluation of the stops as listed, and the route drawn on the map. Loaded with the Field
 * trip tab (by the tab and by the map), never at start-up.
 */
import { snapPoint } from '../domain/network/place';
import { route } from '../domain/network/route';
import type { Place } from '../domain/network/types';
import type { LngLat } from '../domain/types';
import type { SiteFeature } from '../domain/schema';
import type { Endpoint } from '../domain/trip/brief';
import { briefProfile } from '../domain/trip/brief';
import { evaluateTrip, type TripEvaluation } from '../domain/trip/evaluate';
import { tripMatrix } from '../domain/trip/matrix';
import { START_MAX_SNAP, type SiteNetwork } from '../domain/walk';
import type { WalkOverlay } from '../map/style';
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

/**
 * The trip on the map: start → stops → end, leg by leg (a leg that cannot be walked is left out;
 * the budget bar names it), and the stops numbered. Null without stops.
 */
export const selectTripOverlay = memo(
  (s) => [selectNetwork(s), s.trip?.brief.start, s.trip?.brief.end, s.trip?.brief.stepFree, s.trip?.stops, s.data.sites.value] as const,
  (network, start, end, stepFree, stops, sites): WalkOverlay | null => {
    if (!network || !start || !end || !stops?.length) return null;
    return measured('routing:trip-route', () => tripOverlay(network, start, end, stepFree ?? false, stops, sites));
  },
);

/** The trip's legs (start → stops → end) and numbered stops; a leg that cannot be walked is left out. */
function tripOverlay(
  network: SiteNetwork,
  start: Endpoint,
  end: Endpoint,
  stepFree: boolean,
  stops: readonly { id: string }[],
  sites: readonly SiteFeature[],
): WalkOverlay {
  const profile = briefProfile({ stepFree });
  const places = [placeOf(network, start, '@start', profile), ...stops.map((x) => placeOf(network, x.id, x.id, profile)), placeOf(network, end, '@end', profile)];
  const legs: LngLat[][] = [];
  let prev: Place | null = null;
  for (const p of places) {
    if (!p) continue;
    if (prev) {
      const leg = route(network.graph, prev, p, profile);
      if (!('reason' in leg)) legs.push(leg.geometry);
    }
    prev = p;
  }
  const byId = new Map(sites.map((x) => [x.properties.id, x]));
  const points = stops.flatMap((x) => {
    const site = byId.get(x.id);
    return site ? [{ id: x.id, point: site.geometry.coordinates as LngLat }] : [];
  });
  return { legs, stops: points };
}
