/**
 * Landmarks for A* (the "ALT" lower bound: A*, landmarks, triangle inequality; Goldberg and
 * Harrelson 2005): the walking metres from a few far-apart nodes to every node. For any landmark L,
 * |d(L, t) − d(L, v)| ≤ d(v, t), so the largest such difference is a lower bound of the walk from
 * v to t, usually much tighter on streets than the straight line, and A* settles fewer nodes.
 */
import { NodeHeap } from './heap';
import type { Graph } from './types';

export type Landmarks = {
  count: number;
  /** Metres from landmark k to node n at `k * nodeCount + n` (Infinity: another component). */
  metres: Float64Array;
};

/** How many landmarks a graph gets: more tighten the bound, and each costs one search to set up. */
export const LANDMARK_COUNT = 8;

/** Plain Dijkstra over edge lengths from one node, into `out` (from `offset`). */
function lengthsFrom(graph: Graph, source: number, out: Float64Array, offset: number, heap: NodeHeap): void {
  const n = graph.nodeCount;
  out.fill(Infinity, offset, offset + n);
  heap.clear();
  out[offset + source] = 0;
  heap.push(0, source);
  while (heap.size > 0) {
    const key = heap.peekKey();
    const u = heap.pop();
    if (key > (out[offset + u] as number)) continue;
    for (let i = graph.adjStart[u] as number; i < (graph.adjStart[u + 1] as number); i++) {
      const v = graph.adjNode[i] as number;
      const d = key + (graph.edgeLength[graph.adjEdge[i] as number] as number);
      if (d < (out[offset + v] as number)) {
        out[offset + v] = d;
        heap.push(d, v);
      }
    }
  }
}

/**
 * Far-apart landmarks (each the node farthest from those chosen so far, within the largest
 * component) and their metres to every node.
 * @example graphLandmarks(graph).metres[0 * graph.nodeCount + n] // metres from the first landmark to n
 */
export function graphLandmarks(graph: Graph, count = LANDMARK_COUNT): Landmarks {
  const n = graph.nodeCount;
  const k = Math.min(count, n);
  const metres = new Float64Array(k * n);
  const heap = new NodeHeap(Math.max(64, 2 * n));
  if (k === 0) return { count: 0, metres };
  const largest = graph.componentSizes.indexOf(Math.max(...graph.componentSizes));
  let start = 0;
  while (start < n && graph.component[start] !== largest) start++;
  // The nearest-landmark distance of each node so far; the next landmark is where it is largest.
  const nearest = new Float64Array(n).fill(Infinity);
  const scratch = new Float64Array(n);
  lengthsFrom(graph, start, scratch, 0, heap);
  let next = start;
  for (let v = 0; v < n; v++) if (scratch[v]! !== Infinity && scratch[v]! > scratch[next]!) next = v;
  for (let j = 0; j < k; j++) {
    lengthsFrom(graph, next, metres, j * n, heap);
    let far = next;
    for (let v = 0; v < n; v++) {
      const d = metres[j * n + v] as number;
      if (d < (nearest[v] as number)) nearest[v] = d;
      if ((nearest[v] as number) !== Infinity && (nearest[v] as number) > (nearest[far] as number)) far = v;
    }
    next = far;
  }
  return { count: k, metres };
}
