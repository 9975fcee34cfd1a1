/**
 * Which candidates can reach which uncovered samples within the threshold, found from the
 * samples' side: one bounded Dijkstra (limit = threshold) from each end node of every edge that
 * holds an uncovered sample, shared by all samples on that edge. A sample's walking distance to a
 * node x is then access + min(fromDist + d(from, x), toDist + d(to, x)); to a candidate part-way
 * along an edge, the better of its two ends (or straight along a shared edge).
 */
import { multiSourceDistances } from '../network/route';
import { snapPoint } from '../network/place';
import type { Graph, Profile, VirtualAnchor } from '../network/types';
import { profileWeights } from '../network/weights';
import { meters, type Meters } from '../types';
import type { Candidates } from './candidates';

type Ball = { nodes: Int32Array; dist: Float64Array };

/** Nodes within `threshold` walking metres of `node` (the search is bounded in profile cost). */
function ballAround(graph: Graph, node: number, threshold: number, profile: Profile): Ball {
  const here = snapPoint(graph, [graph.lng[node] as number, graph.lat[node] as number], meters(1), { id: `node-${node}` });
  if ('reason' in here) return { nodes: new Int32Array(0), dist: new Float64Array(0) };
  const d = multiSourceDistances(graph, [here], profile, threshold * maxFactor(graph, profile));
  const nodes: number[] = [];
  for (let x = 0; x < graph.nodeCount; x++) if ((d.distance[x] as number) <= threshold) nodes.push(x);
  return { nodes: Int32Array.from(nodes), dist: Float64Array.from(nodes, (x) => d.distance[x] as number) };
}

/** The largest cost per metre of any usable edge: a walk of m metres costs at most m × this. */
function maxFactor(graph: Graph, profile: Profile): number {
  const w = profileWeights(graph, profile).weight;
  let max = 1;
  for (let e = 0; e < graph.edgeCount; e++) {
    const len = graph.edgeLength[e] as number;
    if (len > 0 && (w[e] as number) !== Infinity) max = Math.max(max, (w[e] as number) / len);
  }
  return max;
}

/**
 * For each candidate, the samples (indices into `snaps`) it would cover within `threshold` metres.
 * Cost: one bounded Dijkstra per end node of an edge holding a sample, O(B log B) each (B: nodes
 * within the threshold), plus O(B · degree · candidates per edge) per sample.
 */
export function candidateReach(
  graph: Graph,
  snaps: readonly (VirtualAnchor | null)[],
  candidates: Candidates,
  threshold: Meters,
  profile: Profile,
): number[][] {
  const { list, ofNode, interiorStart } = candidates;
  const reach: number[][] = list.map(() => []);
  const balls = new Map<number, Ball>();
  const ball = (node: number) => balls.get(node) ?? balls.set(node, ballAround(graph, node, threshold, profile)).get(node)!;
  const nodeDist = new Float64Array(graph.nodeCount).fill(Infinity);
  const candSeen = new Int32Array(list.length).fill(-1);
  const offer = (c: number, d: number, s: number) => {
    if (d > threshold || candSeen[c] === s) return;
    candSeen[c] = s;
    (reach[c] as number[]).push(s);
  };
  const viaEnds = (e: number, offset: number) =>
    Math.min(offset + (nodeDist[graph.edgeFrom[e] as number] as number), (graph.edgeLength[e] as number) - offset + (nodeDist[graph.edgeTo[e] as number] as number));
  snaps.forEach((snap, s) => {
    if (!snap) return;
    const touched: number[] = [];
    const spread = (b: Ball, extra: number) =>
      b.nodes.forEach((x, k) => {
        const d = extra + (b.dist[k] as number);
        if ((nodeDist[x] as number) === Infinity) touched.push(x);
        if (d < (nodeDist[x] as number)) nodeDist[x] = d;
      });
    spread(ball(graph.edgeFrom[snap.edge] as number), snap.access + snap.fromDist);
    spread(ball(graph.edgeTo[snap.edge] as number), snap.access + snap.toDist);
    for (let c = interiorStart[snap.edge] as number; c < (interiorStart[snap.edge + 1] as number); c++) {
      const cand = list[c]!;
      offer(c, Math.min(snap.access + Math.abs(cand.offset - snap.fromDist), viaEnds(cand.edge, cand.offset)), s);
    }
    for (const x of touched) {
      if ((nodeDist[x] as number) > threshold) continue;
      if ((ofNode[x] as number) >= 0) offer(ofNode[x] as number, nodeDist[x] as number, s);
      for (let i = graph.adjStart[x] as number; i < (graph.adjStart[x + 1] as number); i++) {
        const e = graph.adjEdge[i] as number;
        for (let c = interiorStart[e] as number; c < (interiorStart[e + 1] as number); c++) offer(c, viaEnds(e, list[c]!.offset), s);
      }
    }
    for (const x of touched) nodeDist[x] = Infinity;
  });
  return reach;
}
