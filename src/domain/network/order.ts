/**
 * Multi-stop walks: the legs between stops in the given order, or in the cheapest order (the
 * first stop stays the start; a loop comes back to it, a one-way walk ends where it is cheapest).
 */
import { WALK_MAX_STOPS } from '../schema';
import { meters } from '../types';
import { directCost, goalsOf, sameComponent, seedsOf } from './place';
import { route } from './route';
import { costAt, explore } from './search';
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
 * its attachments at once, read at the cheapest attachment of each other stop.
 */
export function costMatrix(graph: Graph, stops: readonly Place[], profile: Profile): number[][] {
  const { weight } = profileWeights(graph, profile);
  return stops.map((a) => {
    const e = explore(graph, weight, seedsOf(graph, weight, a));
    return stops.map((b) => {
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
 * A walk through the stops under a profile; errors are values (too many stops, a stop that cannot
 * be reached, naming it and why).
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
  const legs: Leg[] = [];
  for (let i = 1; i < visits.length; i++) {
    const [from, to] = [visits[i - 1] as Place, visits[i] as Place];
    const leg = route(graph, from, to, options.profile);
    if ('reason' in leg) return { error: unreachable(graph, from, to) };
    legs.push(leg);
  }
  const distance = meters(legs.reduce((sum, l) => sum + l.distance, 0));
  return { route: { profile: options.profile, stops: order.map((i) => (stops[i] as Place).id), loop, legs, distance } };
}
