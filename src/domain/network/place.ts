/**
 * Places the router starts from or ends at: a node (`Anchor`), or a point snapped part-way along
 * an edge without rebuilding the graph (`VirtualAnchor`, from `snapPoint`).
 */
import { meters, type LngLat, type Meters } from '../types';
import { haversine } from './distance';
import { DEFAULT_MAX_SNAP } from './graph';
import type { Goal, Seed } from './search';
import { indexSegments, nearestSegment, type SegmentIndex } from './segment-index';
import type { Graph, Place, Profile, SnapFailure, VirtualAnchor } from './types';
import { profileWeights } from './weights';

const indexes = new WeakMap<Graph, SegmentIndex>();

export const isVirtual = (p: Place): p is VirtualAnchor => (p as VirtualAnchor).edge !== undefined;

/**
 * Attaches an ad-hoc point to the nearest edge within `maxSnap` metres, without changing the graph;
 * with `profile`, only to an edge that profile may use. The segment index is built once per graph.
 * @example
 * const here = snapPoint(graph, [98.995, 18.79], meters(100), { id: 'location' });
 * if (!('reason' in here)) route(graph, here, anchors[0], 'shortest');
 */
export function snapPoint(
  graph: Graph,
  point: LngLat,
  maxSnap: Meters = DEFAULT_MAX_SNAP,
  options: { id?: string; profile?: Profile } = {},
): VirtualAnchor | SnapFailure {
  const id = options.id ?? 'point';
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = indexSegments(graph.edgeGeometry)));
  const weight = options.profile ? profileWeights(graph, options.profile).weight : null;
  const hit = nearestSegment(index, point, maxSnap, weight ? (e) => weight[e] !== Infinity : undefined);
  if ('miss' in hit) return hit.miss === Infinity ? { id, reason: 'no-network' } : { id, reason: 'too-far', distance: meters(hit.miss), limit: maxSnap };
  const line = graph.edgeGeometry[hit.edge] as readonly LngLat[];
  let along = 0;
  for (let i = 0; i < hit.segment; i++) {
    const [a, b] = [line[i] as LngLat, line[i + 1] as LngLat];
    along += haversine(a[0], a[1], b[0], b[1]);
  }
  const start = line[hit.segment] as LngLat;
  along += haversine(start[0], start[1], hit.lng, hit.lat);
  const total = graph.edgeLength[hit.edge] as number;
  const fromDist = Math.min(along, total);
  return {
    id,
    point,
    edge: hit.edge,
    at: [hit.lng, hit.lat],
    segment: hit.segment,
    t: hit.t,
    fromDist: meters(fromDist),
    toDist: meters(total - fromDist),
    access: meters(hit.distance),
  };
}

/** Where a place meets the network (the node, or the snapped position on its edge). */
export const placeAt = (graph: Graph, p: Place): LngLat =>
  isVirtual(p) ? p.at : [graph.lng[p.node] as number, graph.lat[p.node] as number];

/** The component a place lies in. */
export const placeComponent = (graph: Graph, p: Place): number =>
  graph.component[isVirtual(p) ? (graph.edgeFrom[p.edge] as number) : p.node] as number;

/** Share of an edge's weight for `dist` of its `length` metres; no distance costs nothing, even on a forbidden edge. */
const part = (weight: number, dist: number, length: number) => (dist > 0 && length > 0 ? (weight * dist) / length : 0);

/**
 * The search seeds of a place: its node, or both ends of its edge with the cost and true metres of
 * walking there (access leg included in the metres).
 */
export function seedsOf(graph: Graph, weight: Float64Array, p: Place): Seed[] {
  if (!isVirtual(p)) return [{ node: p.node, cost: 0, length: p.access }];
  const w = weight[p.edge] as number;
  const len = graph.edgeLength[p.edge] as number;
  return [
    { node: graph.edgeFrom[p.edge] as number, cost: part(w, p.fromDist, len), length: p.access + p.fromDist },
    { node: graph.edgeTo[p.edge] as number, cost: part(w, p.toDist, len), length: p.access + p.toDist },
  ];
}

/** The goals of a place: the same as its seeds, walked the other way. */
export const goalsOf = (graph: Graph, weight: Float64Array, p: Place): Goal[] => seedsOf(graph, weight, p);

/** Cost of walking straight along a shared edge between two virtual places (Infinity otherwise). */
export function directCost(graph: Graph, weight: Float64Array, a: Place, b: Place): number {
  if (!isVirtual(a) || !isVirtual(b) || a.edge !== b.edge) return Infinity;
  return part(weight[a.edge] as number, Math.abs(a.fromDist - b.fromDist), graph.edgeLength[a.edge] as number);
}
