/**
 * Multi-stop walks: the legs between stops in the given order, or in the cheapest order (the
 * first stop stays the start; a loop comes back to it, a one-way walk ends where it is cheapest).
 * A walk leaves each stop from the attachment it arrived at: a site between the canal's banks is
 * never a way across the canal (where a site is on a bridge, the bridge is a real edge to cross).
 */
import { WALK_MAX_STOPS } from '../schema';
import { meters } from '../types';
import { atAttachment, attachmentsOf, directCost, goalsOf, isVirtual, sameComponent, seedsOf } from './place';
import { route } from './route';
import { costAt, explore, type Seed } from './search';
import { optimiseOrder, type CostMatrix } from './tsp';
import type { Graph, Leg, LegFailure, Place, Profile, Route } from './types';
import { profileWeights } from './weights';

export type PlanOptions = { profile: Profile; order?: 'keep' | 'optimise'; loop?: boolean; maxStops?: number };

export type PlanError =
  | { kind: 'too-many-stops'; count: number; max: number }
  | { kind: 'too-few-stops'; count: number }
  | { kind: 'unreachable'; stop: string; from: string; reason: LegFailure['reason'] };

/**
 * Profile cost between every pair of stops (access legs included): one Dijkstra per stop, from all
 * its attachments at once, read at the cheapest attachment of each other stop. For choosing the
 * order only: it lets a walk leave a stop from another attachment than it arrived at, so it is a
 * lower bound of the chained walk `planWalk` then routes (a few metres at a site between banks).
 */
export function costMatrix(graph: Graph, stops: readonly Place[], profile: Profile): number[][] {
  return costRows(graph, stops, stops, profile);
}

/**
 * Profile cost from each of `from` to each of `to` (access legs included): one Dijkstra per row.
 * The graph is undirected and its weights the same both ways, so costs are symmetric.
 * @example costRows(graph, [school], sites, 'shortest')[0] // the school's row
 */
export function costRows(graph: Graph, from: readonly Place[], to: readonly Place[], profile: Profile): number[][] {
  const { weight } = profileWeights(graph, profile);
  const targets = to.flatMap((b) => goalsOf(graph, weight, b).map((g) => g.node));
  return from.map((a) => {
    const e = explore(graph, weight, seedsOf(graph, weight, a), Infinity, targets);
    return to.map((b) => {
      const via = goalsOf(graph, weight, b).map((g) => costAt(e, g.node) + g.cost);
      return Math.min(directCost(graph, weight, a, b), ...via);
    });
  });
}

const unreachable = (graph: Graph, from: Place, to: Place): PlanError => ({
  kind: 'unreachable',
  stop: to.id,
  from: from.id,
  reason: sameComponent(graph, from, to) ? 'profile-blocks' : 'other-component',
});

function orderOf(graph: Graph, stops: readonly Place[], options: PlanOptions): number[] | PlanError {
  const keep = [...stops.keys()];
  if (options.order !== 'optimise') return keep;
  const m: CostMatrix = costMatrix(graph, stops, options.profile);
  const blocked = (m[0] ?? []).findIndex((c) => c === Infinity);
  if (blocked !== -1) return unreachable(graph, stops[0] as Place, stops[blocked] as Place);
  return optimiseOrder(m, options.loop ?? false);
}

/**
 * The ways a walk can pass through a stop: an anchor at each of its attachments on its own (it
 * leaves from where it arrived); a virtual place as it is (a point on an edge, left by either end).
 */
const portsOf = (p: Place): Place[] => (isVirtual(p) ? [p] : attachmentsOf(p).map((t) => atAttachment(p, t.node)));

/** One stop of a chained walk: for each of its ports, the least cost of the walk arriving there and the port of the previous stop it came from. */
type Layer = { ports: Place[]; best: number[]; via: number[] };

/**
 * The next layer of a chained walk: one Dijkstra from every port of the previous stop at once, each
 * seeded with the cost of the walk so far, read at each port of `to` (dynamic programming over the
 * attachments, exact for the fixed order).
 */
function nextLayer(graph: Graph, weight: Float64Array, prev: Layer, to: Place): Layer {
  const seeds: Seed[] = [];
  const owner: number[] = [];
  prev.ports.forEach((p, i) => {
    if (prev.best[i] === Infinity) return;
    for (const s of seedsOf(graph, weight, p)) {
      seeds.push({ ...s, cost: s.cost + (prev.best[i] as number) });
      owner.push(i);
    }
  });
  const ports = portsOf(to);
  // Only the ports of `to` are read: the search may stop once they are all settled.
  const e = explore(graph, weight, seeds, Infinity, ports.flatMap((q) => goalsOf(graph, weight, q).map((g) => g.node)));
  const best = ports.map(() => Infinity);
  const via = ports.map(() => -1);
  const offer = (j: number, cost: number, from: number) => {
    if (cost < (best[j] as number)) [best[j], via[j]] = [cost, from];
  };
  ports.forEach((q, j) => {
    for (const g of goalsOf(graph, weight, q)) {
      const c = costAt(e, g.node);
      if (c !== Infinity) offer(j, c + g.cost, owner[e.origin[g.node] as number] as number);
    }
    prev.ports.forEach((p, i) => offer(j, (prev.best[i] as number) + directCost(graph, weight, p, q), i));
  });
  return { ports, best, via };
}

/**
 * The cheapest chained walk through `visits` in order: the port each visit is passed at, and the
 * walk's cost. `start`: the walk starts and ends at that port of the first visit (a loop); null:
 * it starts and ends at whichever ports are cheapest.
 */
function chain(graph: Graph, profile: Profile, visits: readonly Place[], start: number | null): { ports: Place[]; cost: number } | PlanError {
  const { weight } = profileWeights(graph, profile);
  const first = portsOf(visits[0] as Place);
  const layers: Layer[] = [{ ports: first, best: first.map((_, i) => (start === null || i === start ? 0 : Infinity)), via: first.map(() => -1) }];
  for (let k = 1; k < visits.length; k++) {
    const prev = layers[k - 1] as Layer;
    const to = visits[k] as Place;
    const layer = nextLayer(graph, weight, prev, to);
    if (layer.best.every((c) => c === Infinity)) {
      const from = visits[k - 1] as Place;
      const reached = prev.ports.filter((_, i) => prev.best[i] !== Infinity);
      return { kind: 'unreachable', stop: to.id, from: from.id, reason: reached.some((p) => sameComponent(graph, p, to)) ? 'profile-blocks' : 'other-component' };
    }
    layers.push(layer);
  }
  const last = layers.at(-1) as Layer;
  let j = start ?? last.best.indexOf(Math.min(...last.best));
  const cost = last.best[j] as number;
  if (cost === Infinity) return { kind: 'unreachable', stop: (visits.at(-1) as Place).id, from: (visits.at(-2) as Place).id, reason: 'profile-blocks' };
  const ports: Place[] = [];
  for (let k = layers.length - 1; k >= 0; k--) {
    const layer = layers[k] as Layer;
    ports.push(layer.ports[j] as Place);
    j = layer.via[j] as number;
  }
  return { ports: ports.reverse(), cost };
}

/**
 * The cheapest chained walk through the visits: a loop tries each attachment of the first stop as
 * the place it starts and comes back to; a one-way walk starts and ends wherever is cheapest.
 */
function chainedWalk(graph: Graph, profile: Profile, visits: readonly Place[], loop: boolean): Place[] | PlanError {
  if (!loop) {
    const walk = chain(graph, profile, visits, null);
    return 'kind' in walk ? walk : walk.ports;
  }
  let best: { ports: Place[]; cost: number } | null = null;
  for (let s = 0; s < portsOf(visits[0] as Place).length; s++) {
    const walk = chain(graph, profile, visits, s);
    if (!('kind' in walk) && walk.cost < (best?.cost ?? Infinity)) best = walk;
  }
  if (best) return best.ports;
  const open = chain(graph, profile, visits, null);
  return 'kind' in open ? open : { kind: 'unreachable', stop: (visits[0] as Place).id, from: (visits.at(-2) as Place).id, reason: 'profile-blocks' };
}

/**
 * A walk through the stops under a profile; errors are values (too many stops, a stop that cannot
 * be reached, naming it and why). The walk is chained: each leg leaves a stop from the attachment
 * the previous leg arrived at (`Leg.arrivedAt` = the next leg's `leftFrom`), so it never crosses
 * between a site's attachments (the canal's banks) where no path does; the attachments are chosen
 * together, for the cheapest chained walk in the chosen order. A loop comes back to the attachment
 * it started from. The order itself is optimised on `costMatrix`, which ignores the chaining.
 * @example
 * const plan = planWalk(graph, anchors, { profile: 'shade', order: 'optimise', loop: true });
 * if ('error' in plan) explain(plan.error); else draw(plan.route.legs);
 */
export function planWalk(graph: Graph, stops: readonly Place[], options: PlanOptions): { route: Route } | { error: PlanError } {
  const max = options.maxStops ?? WALK_MAX_STOPS;
  if (stops.length > max) return { error: { kind: 'too-many-stops', count: stops.length, max } };
  if (stops.length < 2) return { error: { kind: 'too-few-stops', count: stops.length } };
  const order = orderOf(graph, stops, options);
  if (!Array.isArray(order)) return { error: order };
  const loop = options.loop ?? false;
  const visits = order.map((i) => stops[i] as Place);
  if (loop) visits.push(visits[0] as Place);
  const ports = chainedWalk(graph, options.profile, visits, loop);
  if (!Array.isArray(ports)) return { error: ports };
  const legs: Leg[] = [];
  for (let i = 1; i < ports.length; i++) {
    const [from, to] = [ports[i - 1] as Place, ports[i] as Place];
    const leg = route(graph, from, to, options.profile);
    if ('reason' in leg) return { error: unreachable(graph, from, to) };
    legs.push(leg);
  }
  const distance = meters(legs.reduce((sum, l) => sum + l.distance, 0));
  return { route: { profile: options.profile, stops: order.map((i) => (stops[i] as Place).id), loop, legs, distance } };
}
