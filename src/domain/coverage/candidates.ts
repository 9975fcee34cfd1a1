/**
 * Candidate places for new sites: every network node, and points spread evenly along each edge
 * so that none is more than `spacing` metres from the next.
 */
import type { Graph } from '../network/types';
import { meters, type LngLat, type Meters } from '../types';
import { pointAlong } from './line';

export const DEFAULT_CANDIDATE_SPACING = meters(100);

/** A point on the network: `offset` metres along `edge` from its `edgeFrom` end; `node` ≥ 0 when it is a node. */
export type Candidate = { point: LngLat; edge: number; offset: Meters; node: number };

export type Candidates = {
  list: Candidate[];
  /** Candidate index of each node (-1: a node without edges). */
  ofNode: Int32Array;
  /** Interior candidates of edge e: list indices interiorStart[e] .. interiorStart[e+1]-1. */
  interiorStart: Int32Array;
};

/**
 * The candidates of a graph.
 * @example networkCandidates(graph, meters(100)).list.length // nodes + interior points
 */
export function networkCandidates(graph: Graph, spacing: Meters = DEFAULT_CANDIDATE_SPACING): Candidates {
  if (!(spacing > 0)) throw new RangeError(`networkCandidates: spacing must be a positive number of metres, got ${spacing}`);
  const list: Candidate[] = [];
  const ofNode = new Int32Array(graph.nodeCount).fill(-1);
  for (let n = 0; n < graph.nodeCount; n++) {
    const first = graph.adjStart[n] as number;
    if (first === graph.adjStart[n + 1]) continue;
    const edge = graph.adjEdge[first] as number;
    ofNode[n] = list.length;
    const offset = graph.edgeFrom[edge] === n ? 0 : (graph.edgeLength[edge] as number);
    list.push({ point: [graph.lng[n] as number, graph.lat[n] as number], edge, offset: meters(offset), node: n });
  }
  const interiorStart = new Int32Array(graph.edgeCount + 1);
  for (let e = 0; e < graph.edgeCount; e++) {
    interiorStart[e] = list.length;
    const len = graph.edgeLength[e] as number;
    const inner = Math.max(0, Math.ceil(len / spacing) - 1);
    const line = graph.edgeGeometry[e] as readonly LngLat[];
    for (let j = 1; j <= inner; j++) {
      const offset = (len * j) / (inner + 1);
      list.push({ point: pointAlong(line, offset), edge: e, offset: meters(offset), node: -1 });
    }
  }
  interiorStart[graph.edgeCount] = list.length;
  return { list, ofNode, interiorStart };
}
