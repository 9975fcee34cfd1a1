/**
 * Exact shortest walks over the graph: A* between two places under a profile, and multi-source
 * Dijkstra for coverage. Costs use the profile's weights (`weights.ts`); distances are true metres.
 */
import { assembleLeg } from './leg';
import { directCost, goalsOf, sameComponent, seedsOf, targetsOf } from './place';
import { costAt, explore, pathTo, searchPath } from './search';
import type { Graph, Leg, LegFailure, Place, Profile } from './types';
import { profileWeights } from './weights';

/**
 * The cheapest walk from one place to another under a profile.
 * A place attached at several nodes starts or ends at whichever makes the walk cheapest. Fails
 * with 'other-component' when no path exists at all, 'profile-blocks' when every path uses an
 * edge the profile forbids.
 * @example
 * const leg = route(graph, anchors[0], anchors[1], 'step-free');
 * if ('reason' in leg) showError(leg.reason); else draw(leg.geometry, leg.distance);
 */
export function route(graph: Graph, from: Place, to: Place, profile: Profile): Leg | LegFailure {
  if (!sameComponent(graph, from, to)) return { from: from.id, to: to.id, reason: 'other-component' };
  const weights = profileWeights(graph, profile);
  const direct = directCost(graph, weights.weight, from, to);
  const goals = goalsOf(graph, weights.weight, to);
  const { engine, cost, goal } = searchPath(graph, weights, seedsOf(graph, weights.weight, from), goals, targetsOf(graph, to), direct);
  if (cost === Infinity) return { from: from.id, to: to.id, reason: 'profile-blocks' };
  if (goal === -1) return assembleLeg(graph, from, to, 'direct');
  return assembleLeg(graph, from, to, pathTo(graph, engine, (goals[goal] as { node: number }).node));
}

export type Distances = {
  /** Profile cost from the nearest source, its access leg included at factor 1 (Infinity: not reached). */
  cost: Float64Array;
  /** True metres walked from that source's point (its access leg included). */
  distance: Float64Array;
  /** Index into `sources` of the nearest source (-1: not reached). */
  source: Int32Array;
};

/**
 * Walking distance from the nearest of several places to every node, in one Dijkstra; `limit`
 * (in profile cost, i.e. metres for 'shortest') stops the search early.
 * @example multiSourceDistances(graph, anchors, 'shortest', 800).source[node] // index of the nearest anchor
 */
export function multiSourceDistances(graph: Graph, sources: readonly Place[], profile: Profile, limit = Infinity): Distances {
  const { weight } = profileWeights(graph, profile);
  const bySource = sources.map((p) => seedsOf(graph, weight, p));
  const seeds = bySource.flat();
  const owner = bySource.flatMap((s, i) => s.map(() => i));
  const e = explore(graph, weight, seeds, limit);
  const n = graph.nodeCount;
  const out: Distances = { cost: new Float64Array(n), distance: new Float64Array(n), source: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    const c = costAt(e, i);
    out.cost[i] = c;
    out.distance[i] = c === Infinity ? Infinity : (e.length[i] as number);
    out.source[i] = c === Infinity ? -1 : (owner[e.origin[i] as number] as number);
  }
  return out;
}
