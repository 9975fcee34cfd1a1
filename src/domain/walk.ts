/**
 * Walks over the project's data: the walking network with every site attached, and an ordered
 * list of stops (a walk's, a field trip's: one model, `routeStopList`) resolved into a route, or
 * into a problem that names the stop at fault, says why, and offers the nearest stop that would work.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { buildGraph, type AttachRequest, type GraphStats } from './network/graph';
import { costMatrix, planWalk } from './network/order';
import { sameComponent, snapPoint } from './network/place';
import { route as routeBetween } from './network/route';
import type { Anchor, Graph, LegFailure, Place, Profile, Route, SnapFailure } from './network/types';
import type { SiteFeature } from './schema';
import { WALK_MAX_STOPS } from './schema';
import { meters, type LngLat, type Meters } from './types';
import { haversine } from './network/distance';

/** How far a site may be from the network and still be a stop. */
export const SITE_MAX_SNAP = meters(250);
/** How far a chosen start point may be from the network. */
export const START_MAX_SNAP = meters(500);
export const START_ID = 'start';

export type SiteNetwork = {
  graph: Graph;
  anchors: ReadonlyMap<string, Anchor>;
  failures: ReadonlyMap<string, SnapFailure>;
  stats: GraphStats;
  /** Costs between every two attached sites, per profile, where already computed (see `siteCosts`). */
  siteCosts?: readonly SiteCosts[];
};

/** The profile cost between every two attached sites (access legs included), in `ids` order. */
export type SiteCosts = { profile: Profile; ids: string[]; costs: number[][] };

/**
 * The costs between all attached sites under a profile: one search per site. The network worker
 * computes them once, so a field trip needs only its start's and end's searches on the page.
 * @example siteCosts(network, 'step-free').costs[0][1]
 */
export function siteCosts(network: SiteNetwork, profile: Profile): SiteCosts {
  const places = [...network.anchors.values()];
  return { profile, ids: places.map((p) => p.id), costs: costMatrix(network.graph, places, profile) };
}

/** The graph of any line collection, with each site attached at its nearest edges (both banks of the canal for a site on it). */
export function siteNetwork(lines: FeatureCollection | readonly Feature[], sites: readonly SiteFeature[]): SiteNetwork {
  return pointNetwork(lines, sites.map((s) => ({ id: s.properties.id, point: s.geometry.coordinates })));
}

/**
 * The same from bare points (what a worker is sent): each attached as a site is.
 * @example pointNetwork(lines, [{ id: 'warorot-market', point: [99.0005, 18.7902] }]).anchors.get('warorot-market')
 */
export function pointNetwork(lines: FeatureCollection | readonly Feature[], points: readonly AttachRequest[]): SiteNetwork {
  const built = buildGraph(lines, { attach: points, maxSnap: SITE_MAX_SNAP });
  return {
    graph: built.graph,
    anchors: new Map(built.anchors.map((a) => [a.id, a])),
    failures: new Map(built.failures.map((f) => [f.id, f])),
    stats: built.stats,
  };
}

export type WalkInput = {
  stops: readonly string[];
  profile: Profile;
  order: 'keep' | 'optimise';
  loop: boolean;
  /** Start from this point (a picked point or the device's location) instead of the first stop. */
  start?: LngLat | null;
};

export type WalkProblem =
  | { kind: 'too-few-stops'; count: number }
  | { kind: 'too-many-stops'; count: number; max: number }
  | { kind: 'off-network'; stop: string; distance: Meters | null; limit: Meters; alternative: string | null }
  | { kind: 'unreachable'; stop: string; from: string; reason: LegFailure['reason']; alternative: string | null }
  /** A point (a walk's chosen start, a field trip's start or end) too far from the network: `place` is its id. */
  | { kind: 'start-off-network'; place: string; distance: Meters | null; limit: Meters };

export type WalkOutcome = { ok: true; route: Route } | { ok: false; problem: WalkProblem };

/**
 * A place in an ordered list of stops, the one model of a walk and a field trip: a site (by id) or
 * a point snapped to the network. `id` names the place in the route: a site's own id, or another
 * where the site is also an endpoint (a field trip's start "@start" at a site that is also a stop).
 */
export type StopRef = { id: string; site: string } | { id: string; point: LngLat };

export type StopListInput = {
  places: readonly StopRef[];
  profile: Profile;
  order: 'keep' | 'optimise';
  loop: boolean;
  /** The most places routed (the caller's limit; too many is named). */
  maxStops: number;
};

/** A route through the places, with each place as placed on the network in the route's order; or the problem that stops it. */
export type StopListOutcome = { ok: true; route: Route; places: Place[] } | { ok: false; problem: WalkProblem };

/**
 * Routes an ordered list of stops, naming the first thing that stops it: a point too far from the
 * network, a site off it (with the nearest site that would work), a stop that cannot be reached
 * (the other end named when a point is cut off).
 * @example routeStopList(network, sites, { places: [{ id: '@start', point: [98.99, 18.79] }, { id: 'a', site: 'a' }], profile: 'shortest', order: 'keep', loop: false, maxStops: 27 })
 */
export function routeStopList(network: SiteNetwork, sites: readonly SiteFeature[], input: StopListInput): StopListOutcome {
  const { profile } = input;
  const siteIds = input.places.flatMap((r) => ('site' in r ? [r.site] : []));
  const points = new Set(input.places.flatMap((r) => ('point' in r ? [r.id] : [])));
  const places: Place[] = [];
  for (const ref of input.places) {
    if ('point' in ref) {
      const snapped = snapPoint(network.graph, ref.point, START_MAX_SNAP, { id: ref.id, profile });
      if ('reason' in snapped) {
        return fail({ kind: 'start-off-network', place: ref.id, distance: snapped.reason === 'too-far' ? snapped.distance : null, limit: START_MAX_SNAP });
      }
      places.push(snapped);
      continue;
    }
    const anchor = network.anchors.get(ref.site);
    if (!anchor) {
      const failure = network.failures.get(ref.site);
      const alternative = nearestAlternative(network, sites, ref.site, places[0] ?? firstAnchor(network, siteIds), profile, siteIds);
      return fail({ kind: 'off-network', stop: ref.site, distance: failure?.reason === 'too-far' ? failure.distance : null, limit: SITE_MAX_SNAP, alternative });
    }
    places.push(ref.id === anchor.id ? anchor : { ...anchor, id: ref.id });
  }
  if (places.length < 2) return fail({ kind: 'too-few-stops', count: places.length });
  const plan = planWalk(network.graph, places, { profile, order: input.order, loop: input.loop, maxStops: input.maxStops });
  if ('route' in plan) {
    const byId = new Map(places.map((p) => [p.id, p]));
    return { ok: true, route: plan.route, places: plan.route.stops.map((id) => byId.get(id)!) };
  }
  const e = plan.error;
  if (e.kind === 'too-few-stops' || e.kind === 'too-many-stops') return fail(e);
  // The stop that cannot be reached is named; when a point itself is cut off, name the other end.
  const stop = points.has(e.stop) ? e.from : e.stop;
  const reference = places.find((p) => p.id !== stop) ?? null;
  return fail({
    kind: 'unreachable',
    stop,
    from: points.has(e.stop) ? e.stop : e.from,
    reason: e.reason,
    alternative: reference ? nearestAlternative(network, sites, stop, reference, profile, siteIds) : null,
  });
}

/**
 * A walk: its stops in order (or optimised), from a chosen point if there is one.
 * @example
 * const out = resolveWalk(network, sites, { stops: ['a', 'b'], profile: 'shortest', order: 'keep', loop: false });
 * if (out.ok) draw(out.route); else explain(out.problem);
 */
export function resolveWalk(network: SiteNetwork, sites: readonly SiteFeature[], input: WalkInput): WalkOutcome {
  const { stops } = input;
  if (stops.length > WALK_MAX_STOPS) return fail({ kind: 'too-many-stops', count: stops.length, max: WALK_MAX_STOPS });
  const places: StopRef[] = [...(input.start ? [{ id: START_ID, point: input.start }] : []), ...stops.map((id) => ({ id, site: id }))];
  const out = routeStopList(network, sites, { places, profile: input.profile, order: input.order, loop: input.loop, maxStops: WALK_MAX_STOPS + 1 });
  if (out.ok) return { ok: true, route: out.route };
  return out.problem.kind === 'too-many-stops' ? fail({ kind: 'too-many-stops', count: stops.length, max: WALK_MAX_STOPS }) : out;
}

const fail = (problem: WalkProblem): { ok: false; problem: WalkProblem } => ({ ok: false, problem });

function firstAnchor(network: SiteNetwork, stops: readonly string[]): Place | null {
  for (const id of stops) {
    const a = network.anchors.get(id);
    if (a) return a;
  }
  return null;
}

/** The nearest site (as the crow flies) not already a stop that the walk could reach instead. */
export function nearestAlternative(
  network: SiteNetwork,
  sites: readonly SiteFeature[],
  failed: string,
  reference: Place | null,
  profile: Profile,
  exclude: readonly string[],
): string | null {
  const origin = sites.find((s) => s.properties.id === failed);
  if (!origin || !reference) return null;
  const [lng, lat] = origin.geometry.coordinates;
  const candidates = sites
    .filter((s) => !exclude.includes(s.properties.id) && network.anchors.has(s.properties.id))
    .map((s) => ({ id: s.properties.id, d: haversine(lng, lat, s.geometry.coordinates[0], s.geometry.coordinates[1]) }))
    .sort((a, b) => a.d - b.d);
  for (const c of candidates.slice(0, 8)) {
    const anchor = network.anchors.get(c.id) as Anchor;
    if (!sameComponent(network.graph, reference, anchor)) continue;
    if (!('reason' in routeBetween(network.graph, reference, anchor, profile))) return c.id;
  }
  return null;
}
