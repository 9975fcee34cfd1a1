/**
 * Walks over the project's data: the walking network with every site attached, and a walk's plan
 * (stops, profile, order, loop, an optional start point) resolved into a route, or into a problem
 * that names the stop at fault, says why, and offers the nearest stop that would work.
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
  | { kind: 'start-off-network'; distance: Meters | null; limit: Meters };

export type WalkOutcome = { ok: true; route: Route } | { ok: false; problem: WalkProblem };

/**
 * @example
 * const out = resolveWalk(network, sites, { stops: ['a', 'b'], profile: 'shortest', order: 'keep', loop: false });
 * if (out.ok) draw(out.route); else explain(out.problem);
 */
export function resolveWalk(network: SiteNetwork, sites: readonly SiteFeature[], input: WalkInput): WalkOutcome {
  const { stops, profile } = input;
  if (stops.length > WALK_MAX_STOPS) return fail({ kind: 'too-many-stops', count: stops.length, max: WALK_MAX_STOPS });
  const places: Place[] = [];
  if (input.start) {
    const start = snapPoint(network.graph, input.start, START_MAX_SNAP, { id: START_ID, profile });
    if ('reason' in start) {
      return fail({ kind: 'start-off-network', distance: start.reason === 'too-far' ? start.distance : null, limit: START_MAX_SNAP });
    }
    places.push(start);
  }
  for (const id of stops) {
    const anchor = network.anchors.get(id);
    if (!anchor) {
      const failure = network.failures.get(id);
      const alternative = nearestAlternative(network, sites, id, places[0] ?? firstAnchor(network, stops), profile, stops);
      return fail({
        kind: 'off-network',
        stop: id,
        distance: failure?.reason === 'too-far' ? failure.distance : null,
        limit: SITE_MAX_SNAP,
        alternative,
      });
    }
    places.push(anchor);
  }
  if (places.length < 2) return fail({ kind: 'too-few-stops', count: places.length });
  const plan = planWalk(network.graph, places, { profile, order: input.order, loop: input.loop, maxStops: WALK_MAX_STOPS + 1 });
  if ('route' in plan) return { ok: true, route: plan.route };
  const e = plan.error;
  if (e.kind === 'too-few-stops') return fail(e);
  if (e.kind === 'too-many-stops') return fail({ kind: 'too-many-stops', count: stops.length, max: WALK_MAX_STOPS });
  // The stop that cannot be reached is named; when the start itself is cut off, name the other end.
  const stop = e.stop === START_ID ? e.from : e.stop;
  const reference = places.find((p) => p.id !== stop) ?? null;
  return fail({
    kind: 'unreachable',
    stop,
    from: e.stop === START_ID ? START_ID : e.from,
    reason: e.reason,
    alternative: reference ? nearestAlternative(network, sites, stop, reference, profile, stops) : null,
  });
}

const fail = (problem: WalkProblem): WalkOutcome => ({ ok: false, problem });

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
