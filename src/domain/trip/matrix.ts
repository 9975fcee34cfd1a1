/**
 * Walking distances for a trip, in true metres, between its start, its end and the sites: the one
 * place the trip planner touches the walking network (public functions only).
 */
import { costMatrix, costRows } from '../network/order';
import { snapPoint } from '../network/place';
import type { Place } from '../network/types';
import { meters, type Meters } from '../types';
import { SITE_MAX_SNAP, START_MAX_SNAP, type SiteNetwork } from '../walk';
import { briefProfile, type Brief, type Endpoint } from './brief';

export const START_KEY = '@start';
export const END_KEY = '@end';

/** Metres between places named by `ids` (site ids, START_KEY, END_KEY); Infinity: no walk under the profile. */
export type TravelMatrix = { ids: readonly string[]; metres: readonly (readonly number[])[] };

export type EndpointProblem =
  | { kind: 'endpoint-unknown'; which: 'start' | 'end'; id: string }
  | { kind: 'endpoint-off-network'; which: 'start' | 'end'; distance: Meters | null; limit: Meters };

function endpointPlace(network: SiteNetwork, endpoint: Endpoint, which: 'start' | 'end', brief: Pick<Brief, 'stepFree'>): Place | EndpointProblem {
  const key = which === 'start' ? START_KEY : END_KEY;
  if (endpoint.kind === 'site') {
    const anchor = network.anchors.get(endpoint.id);
    if (anchor) return { ...anchor, id: key };
    // A known site the network does not reach (beyond the street data) is off the network, not unknown.
    const failure = network.failures.get(endpoint.id);
    if (failure) return { kind: 'endpoint-off-network', which, distance: failure.reason === 'too-far' ? failure.distance : null, limit: SITE_MAX_SNAP };
    return { kind: 'endpoint-unknown', which, id: endpoint.id };
  }
  const snapped = snapPoint(network.graph, [endpoint.lng, endpoint.lat], START_MAX_SNAP, { id: key, profile: briefProfile(brief) });
  if (!('reason' in snapped)) return snapped;
  return { kind: 'endpoint-off-network', which, distance: snapped.reason === 'too-far' ? snapped.distance : null, limit: START_MAX_SNAP };
}

// The profile cost includes the straight access legs at both ends (they are the searches' seed
// and goal costs), and the trip's profiles ('shortest', 'step-free') weigh every usable metre
// once, so the cost is the walk in metres. (An earlier version added the access legs again.)

/**
 * The trip's distance matrix over the network; sites that are not attached to it are left out
 * (the planner treats them as unreachable).
 * @example
 * const m = tripMatrix(network, brief, sites.map((s) => s.properties.id));
 * if (m.ok) proposeTrip({ brief, sites, matrix: m.matrix });
 */
export function tripMatrix(
  network: SiteNetwork,
  brief: Pick<Brief, 'start' | 'end' | 'stepFree'>,
  siteIds: readonly string[],
): { ok: true; matrix: TravelMatrix } | { ok: false; problem: EndpointProblem } {
  const start = endpointPlace(network, brief.start, 'start', brief);
  if ('kind' in start) return { ok: false, problem: start };
  const end = endpointPlace(network, brief.end, 'end', brief);
  if ('kind' in end) return { ok: false, problem: end };
  const places: Place[] = [start, end];
  for (const id of new Set(siteIds)) {
    const anchor = network.anchors.get(id);
    if (anchor) places.push(anchor);
  }
  const profile = briefProfile(brief);
  const cost = costsOf(network, places, profile);
  const same = (a: Place, b: Place) => a.point[0] === b.point[0] && a.point[1] === b.point[1];
  const metres = cost.map((row, i) =>
    row.map((c, j) => {
      const [a, b] = [places[i] as Place, places[j] as Place];
      if (i === j || same(a, b)) return 0;
      return c === Infinity ? Infinity : meters(c);
    }),
  );
  return { ok: true, matrix: { ids: places.map((p) => p.id), metres } };
}

/**
 * Costs between `places` (start, end, then sites). With the sites' costs already known for the
 * profile, only the start and the end are searched from; the rest is read (costs are symmetric).
 */
function costsOf(network: SiteNetwork, places: readonly Place[], profile: 'shortest' | 'step-free'): number[][] {
  const known = network.siteCosts?.find((k) => k.profile === profile);
  if (!known) return costMatrix(network.graph, places, profile);
  const at = new Map(known.ids.map((id, i) => [id, i]));
  const ends = costRows(network.graph, places.slice(0, 2), places, profile);
  return places.map((a, i) =>
    places.map((b, j) => {
      if (i < 2) return ends[i]![j]!;
      if (j < 2) return ends[j]![i]!;
      const [p, q] = [at.get(a.id), at.get(b.id)];
      return p === undefined || q === undefined ? Infinity : known.costs[p]![q]!;
    }),
  );
}

/** A lookup into a matrix by id; unknown ids are unreachable. */
export function matrixLookup(matrix: TravelMatrix): (from: string, to: string) => number {
  const index = new Map(matrix.ids.map((id, i) => [id, i]));
  return (from, to) => {
    const [i, j] = [index.get(from), index.get(to)];
    if (i === undefined || j === undefined) return Infinity;
    return matrix.metres[i]?.[j] ?? Infinity;
  };
}
