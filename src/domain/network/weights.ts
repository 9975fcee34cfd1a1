/**
 * Per-profile edge weights, computed once per graph and cached. A weight is the edge's length
 * times the profile's factor; Infinity forbids the edge. Route distances stay true metres.
 */
import type { EdgeInfo, Graph, Profile } from './types';

/**
 * 'shade': walking in full sun feels longer. A shaded metre counts once, a partly shaded 1.15,
 * an unshaded 1.4: the router accepts up to 40 % more distance to stay in shade.
 */
export const SHADE_FACTORS = { good: 1.0, some: 1.15, none: 1.4 } as const;

/**
 * 'canal-first': edges beside a waterway, and bridges across one, count once; any other edge 1.3,
 * so a walk takes up to 30 % more distance to follow the water.
 */
export const CANAL_FACTORS = { beside: 1.0, crossing: 1.0, other: 1.3 } as const;

/**
 * The profile's factor for an edge; Infinity where the profile forbids it ('step-free': steps and
 * edges not marked step-free).
 * @example edgeFactor({ kind: 'steps', stepFree: false, shade: 'good', ... }, 'step-free') // Infinity
 */
export function edgeFactor(info: EdgeInfo, profile: Profile): number {
  switch (profile) {
    case 'shortest':
      return 1;
    case 'step-free':
      return info.kind === 'steps' || !info.stepFree ? Infinity : 1;
    case 'shade':
      return SHADE_FACTORS[info.shade];
    case 'canal-first':
      if (info.beside) return CANAL_FACTORS.beside;
      return info.kind === 'bridge' && info.crosses ? CANAL_FACTORS.crossing : CANAL_FACTORS.other;
  }
}

export type ProfileWeights = {
  weight: Float64Array;
  /** The smallest factor of any usable edge: scales the A* heuristic, which must stay a lower bound. */
  minFactor: number;
};

const cache = new WeakMap<Graph, Map<Profile, ProfileWeights>>();

/**
 * The edge weights of a profile for a graph (cached; do not modify the arrays).
 * @example profileWeights(graph, 'shade').weight[3] // 1.4 × graph.edgeLength[3] for an unshaded edge
 */
export function profileWeights(graph: Graph, profile: Profile): ProfileWeights {
  let byProfile = cache.get(graph);
  if (!byProfile) cache.set(graph, (byProfile = new Map()));
  const hit = byProfile.get(profile);
  if (hit) return hit;
  const weight = new Float64Array(graph.edgeCount);
  let minFactor = Infinity;
  for (let e = 0; e < graph.edgeCount; e++) {
    const factor = edgeFactor(graph.edgeInfo[e] as EdgeInfo, profile);
    weight[e] = factor === Infinity ? Infinity : factor * (graph.edgeLength[e] as number);
    if (factor < minFactor) minFactor = factor;
  }
  const made = { weight, minFactor: minFactor === Infinity ? 0 : minFactor };
  byProfile.set(profile, made);
  return made;
}
