/**
 * The search engine over a graph's typed arrays: A* for one pair, Dijkstra for one-to-all. Its
 * buffers live as long as the graph and are reused by every query; a generation stamp marks which
 * entries belong to the current query, so nothing is re-filled between queries.
 */
import { EARTH_RADIUS } from './distance';
import { NodeHeap } from './heap';
import { graphLandmarks, type Landmarks } from './landmarks';
import type { ProfileWeights } from './weights';
import type { Graph } from './types';

const RAD = Math.PI / 180;

export type Engine = {
  /** Cost (profile weight) from the seeds; valid where `seen[n] === gen`. */
  dist: Float64Array;
  /** Edge by which a node was reached (-1 at a seed). */
  pred: Int32Array;
  /** True metres from the seed point, and the index of the seed reached from (explore only). */
  length: Float64Array;
  origin: Int32Array;
  seen: Int32Array;
  done: Int32Array;
  /** Goals of the current A* query: where `goalGen[n] === gen`, finishing at n costs `goalCost[n]` more. */
  goalGen: Int32Array;
  goalCost: Float64Array;
  gen: number;
  heap: NodeHeap;
  /** Unit-sphere position of each node: the A* heuristic is the chord, a lower bound of the arc. */
  ux: Float64Array;
  uy: Float64Array;
  uz: Float64Array;
  /** Metres from a few landmarks to every node, for a tighter A* bound (made on the first A* query). */
  landmarks: Landmarks | null;
};

/** A place the search starts from: a node, the cost and true metres already spent reaching it. */
export type Seed = { node: number; cost: number; length: number };
/** A way to finish: at a node, with the cost still to pay from there. */
export type Goal = { node: number; cost: number };
/** Where goals lie, with the least cost still to pay there: what the A* heuristic aims at. */
export type Target = { lng: number; lat: number; cost: number };

const engines = new WeakMap<Graph, Engine>();

function makeEngine(graph: Graph): Engine {
  const n = graph.nodeCount;
  const ux = new Float64Array(n);
  const uy = new Float64Array(n);
  const uz = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lat = (graph.lat[i] as number) * RAD;
    const lng = (graph.lng[i] as number) * RAD;
    ux[i] = Math.cos(lat) * Math.cos(lng);
    uy[i] = Math.cos(lat) * Math.sin(lng);
    uz[i] = Math.sin(lat);
  }
  const size = Math.max(1, n);
  return {
    dist: new Float64Array(size),
    pred: new Int32Array(size),
    length: new Float64Array(size),
    origin: new Int32Array(size),
    seen: new Int32Array(size),
    done: new Int32Array(size),
    goalGen: new Int32Array(size),
    goalCost: new Float64Array(size),
    gen: 0,
    heap: new NodeHeap(Math.max(64, 2 * n)),
    ux,
    uy,
    uz,
    landmarks: null,
  };
}

/** The graph's engine, ready for a new query (its previous results are invalidated). */
export function freshEngine(graph: Graph): Engine {
  let engine = engines.get(graph);
  if (!engine) engines.set(graph, (engine = makeEngine(graph)));
  if (++engine.gen === 0x7fffffff) {
    engine.seen.fill(0);
    engine.done.fill(0);
    engine.goalGen.fill(0);
    engine.gen = 1;
  }
  engine.heap.clear();
  return engine;
}

/** Cost to a node after a search (Infinity where not reached). */
export const costAt = (e: Engine, node: number): number => (e.seen[node] === e.gen ? (e.dist[node] as number) : Infinity);

/** Unit-sphere position of a point (degrees), plus a cost: [x, y, z, cost]. */
function unitOf(t: Target): [number, number, number, number] {
  const [lng, lat] = [t.lng * RAD, t.lat * RAD];
  return [Math.cos(lat) * Math.cos(lng), Math.cos(lat) * Math.sin(lng), Math.sin(lat), t.cost];
}

/**
 * The A* heuristic towards the targets: the least over them of `scale` × the chord + the target's
 * cost; 0 with no target (plain Dijkstra).
 */
function heuristic(e: Engine, scale: number, targets: readonly Target[]): (m: number) => number {
  const { ux, uy, uz } = e;
  if (targets.length === 0) return () => 0;
  if (targets.length > 1) {
    const units = targets.map(unitOf);
    const chord = (m: number, [x, y, z, cost]: readonly number[]) => {
      const dx = (ux[m] as number) - (x as number);
      const dy = (uy[m] as number) - (y as number);
      const dz = (uz[m] as number) - (z as number);
      return scale * Math.sqrt(dx * dx + dy * dy + dz * dz) + (cost as number);
    };
    return (m) => units.reduce((least, u) => Math.min(least, chord(m, u)), Infinity);
  }
  // One target (every node-to-node query, the hot case): the chord without a loop or destructuring.
  const [tx, ty, tz, tc] = unitOf(targets[0] as Target);
  return (m) => {
    const dx = (ux[m] as number) - tx;
    const dy = (uy[m] as number) - ty;
    const dz = (uz[m] as number) - tz;
    return scale * Math.sqrt(dx * dx + dy * dy + dz * dz) + tc;
  };
}

/**
 * The landmark bound towards the goals: the least over them of `scale` × the largest landmark
 * difference + the goal's cost (null with no goal or no landmark). A profile's weight is at least
 * its smallest factor times the metres, so the bound holds under every profile.
 */
function landmarkBound(l: Landmarks, n: number, scale: number, goals: readonly Goal[]): ((m: number) => number) | null {
  if (l.count === 0 || goals.length === 0) return null;
  const { metres, count } = l;
  const at = new Float64Array(count * goals.length);
  goals.forEach((g, j) => {
    for (let k = 0; k < count; k++) at[j * count + k] = metres[k * n + g.node] as number;
  });
  const costs = goals.map((g) => g.cost);
  return (m) => {
    let least = Infinity;
    for (let j = 0; j < costs.length; j++) {
      let bound = 0;
      for (let k = 0; k < count; k++) {
        const d = (at[j * count + k] as number) - (metres[k * n + m] as number);
        // Infinity − Infinity (both in another component) is NaN: that landmark says nothing.
        if (d > bound) bound = d;
        else if (-d > bound) bound = -d;
      }
      const total = scale * bound + (costs[j] as number);
      if (total < least) least = total;
    }
    return least;
  };
}

/** The larger of two lower bounds (each admissible and consistent, so their maximum is too). */
const tighter = (a: (m: number) => number, b: ((m: number) => number) | null): ((m: number) => number) => (b ? (m) => Math.max(a(m), b(m)) : a);

/**
 * A*: the cheapest way from any seed to any goal. `targets` are where the goals lie, each with the
 * least cost still to pay there; `best` is a cost already known (e.g. along a shared edge); goal -1
 * means nothing beat it. Exact: the heuristic, the least over targets of chord × the profile's
 * smallest factor + the target's cost, never overestimates and is consistent (a minimum of
 * consistent heuristics is).
 */
export function searchPath(
  graph: Graph,
  weights: ProfileWeights,
  seeds: readonly Seed[],
  goals: readonly Goal[],
  targets: readonly Target[],
  best = Infinity,
): { engine: Engine; cost: number; goal: number } {
  const e = freshEngine(graph);
  const { dist, pred, seen, done, goalGen, goalCost, gen, heap } = e;
  const { adjStart, adjNode, adjEdge } = graph;
  const w = weights.weight;
  e.landmarks ??= graphLandmarks(graph);
  const scale = weights.minFactor * (1 - 1e-9);
  const h = tighter(heuristic(e, scale * EARTH_RADIUS, targets), landmarkBound(e.landmarks, graph.nodeCount, scale, goals));
  for (const s of seeds) {
    if (s.cost === Infinity || (seen[s.node] === gen && s.cost >= (dist[s.node] as number))) continue;
    seen[s.node] = gen;
    dist[s.node] = s.cost;
    pred[s.node] = -1;
    heap.push(s.cost + h(s.node), s.node);
  }
  for (const g of goals) {
    if (goalGen[g.node] === gen && g.cost >= (goalCost[g.node] as number)) continue;
    goalGen[g.node] = gen;
    goalCost[g.node] = g.cost;
  }
  let goalNode = -1;
  while (heap.size > 0 && heap.peekKey() < best) {
    const n = heap.pop();
    if (done[n] === gen) continue;
    done[n] = gen;
    const g = dist[n] as number;
    if (goalGen[n] === gen && g + (goalCost[n] as number) < best) [best, goalNode] = [g + (goalCost[n] as number), n];
    const end = adjStart[n + 1] as number;
    for (let i = adjStart[n] as number; i < end; i++) {
      const m = adjNode[i] as number;
      if (done[m] === gen) continue;
      const edge = adjEdge[i] as number;
      const ng = g + (w[edge] as number);
      if (ng === Infinity || (seen[m] === gen && ng >= (dist[m] as number))) continue;
      seen[m] = gen;
      dist[m] = ng;
      pred[m] = edge;
      heap.push(ng + h(m), m);
    }
  }
  const goal = goalNode === -1 ? -1 : goals.findIndex((g) => g.node === goalNode && g.cost === goalCost[goalNode]);
  return { engine: e, cost: best, goal };
}

/**
 * Dijkstra from all seeds at once, up to cost `limit`: afterwards `costAt`, and for reached nodes
 * `length` (true metres) and `origin` (index of the nearest seed), describe every node. With
 * `until`, the search stops as soon as all those nodes are settled: their costs are final (and
 * only theirs are to be read), which spares the rest of the graph when the targets are near.
 * @example costAt(explore(graph, weight, [{ node: a, cost: 0, length: 0 }], Infinity, [b]), b) // metres a → b under 'shortest'
 */
export function explore(graph: Graph, weight: Float64Array, seeds: readonly Seed[], limit = Infinity, until?: readonly number[]): Engine {
  const e = freshEngine(graph);
  const { dist, pred, length, origin, seen, done, goalGen, gen, heap } = e;
  let waiting = -1;
  if (until) {
    waiting = 0;
    for (const n of until) {
      if (goalGen[n] === gen) continue;
      goalGen[n] = gen;
      waiting++;
    }
  }
  const { adjStart, adjNode, adjEdge, edgeLength } = graph;
  seeds.forEach((s, i) => {
    if (!(s.cost <= limit) || (seen[s.node] === gen && s.cost >= (dist[s.node] as number))) return;
    seen[s.node] = gen;
    dist[s.node] = s.cost;
    length[s.node] = s.length;
    origin[s.node] = i;
    pred[s.node] = -1;
    heap.push(s.cost, s.node);
  });
  while (heap.size > 0 && waiting !== 0) {
    const n = heap.pop();
    if (done[n] === gen) continue;
    done[n] = gen;
    if (goalGen[n] === gen) waiting--;
    const g = dist[n] as number;
    const end = adjStart[n + 1] as number;
    for (let i = adjStart[n] as number; i < end; i++) {
      const m = adjNode[i] as number;
      const edge = adjEdge[i] as number;
      const ng = g + (weight[edge] as number);
      if (!(ng <= limit) || done[m] === gen || (seen[m] === gen && ng >= (dist[m] as number))) continue;
      seen[m] = gen;
      dist[m] = ng;
      pred[m] = edge;
      length[m] = (length[n] as number) + (edgeLength[edge] as number);
      origin[m] = origin[n] as number;
      heap.push(ng, m);
    }
  }
  return e;
}

/**
 * The edges from the search's seed to `node`, in travel order, with whether each is walked from
 * `edgeTo` to `edgeFrom`; and the seed node the path starts at (`end` is `node`).
 */
export function pathTo(graph: Graph, e: Engine, node: number): { start: number; end: number; edges: number[]; reversed: boolean[] } {
  const edges: number[] = [];
  const reversed: boolean[] = [];
  let n = node;
  for (let edge = e.pred[n] as number; edge !== -1; edge = e.pred[n] as number) {
    const from = graph.edgeFrom[edge] as number;
    const back = from === n && graph.edgeTo[edge] !== n;
    edges.push(edge);
    reversed.push(back);
    n = back ? (graph.edgeTo[edge] as number) : from;
  }
  return { start: n, end: node, edges: edges.reverse(), reversed: reversed.reverse() };
}
