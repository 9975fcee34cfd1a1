/**
 * Places the router starts from or ends at: a node (`Anchor`), or a point snapped part-way along
 * an edge without rebuilding the graph (`VirtualAnchor`, from `snapPoint`).
 */
import { meters, type LngLat, type Meters } from '../types';
import { haversine } from './distance';
import { DEFAULT_MAX_SNAP } from './graph';
import type { Goal, Seed, Target } from './search';
import { indexSegments, nearestSegment, type SegmentHit, type SegmentIndex } from './segment-index';
import { attachmentHits } from './split';
import type { Anchor, Attachment, Graph, Place, Profile, SnapFailure, VirtualAnchor } from './types';
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
  const weight = options.profile ? profileWeights(graph, options.profile).weight : null;
  const hit = nearestSegment(indexOf(graph), point, maxSnap, weight ? (e) => weight[e] !== Infinity : undefined);
  if ('miss' in hit) return missed(id, hit.miss, maxSnap);
  return virtualAt(graph, hit, id, point);
}

/**
 * A point attached as a site is (see `attachmentHits`): to its nearest edge and to up to
 * `MAX_ATTACHMENTS − 1` more within `ATTACH_TOLERANCE` of it, nearest first, without splitting
 * the graph: a what-if site on the canal is reached from both banks, as a counted site is.
 * @example const at = snapAttachments(graph, [98.995, 18.79], meters(300), { id: 'what-if-1', profile: 'shortest' })
 */
export function snapAttachments(
  graph: Graph,
  point: LngLat,
  maxSnap: Meters = DEFAULT_MAX_SNAP,
  options: { id?: string; profile?: Profile } = {},
): VirtualAnchor[] | SnapFailure {
  const id = options.id ?? 'point';
  const weight = options.profile ? profileWeights(graph, options.profile).weight : null;
  const stepFree = profileWeights(graph, 'step-free').weight;
  const hits = attachmentHits(indexOf(graph), point, maxSnap, (e) => stepFree[e] !== Infinity, weight ? (e) => weight[e] !== Infinity : undefined);
  if ('miss' in hits) return missed(id, hits.miss, maxSnap);
  return hits.map((hit) => virtualAt(graph, hit, id, point));
}

function indexOf(graph: Graph): SegmentIndex {
  let index = indexes.get(graph);
  if (!index) indexes.set(graph, (index = indexSegments(graph.edgeGeometry)));
  return index;
}

const missed = (id: string, miss: number, maxSnap: Meters): SnapFailure =>
  miss === Infinity ? { id, reason: 'no-network' } : { id, reason: 'too-far', distance: meters(miss), limit: maxSnap };

/** The point's place on an edge, from a segment hit. */
function virtualAt(graph: Graph, hit: SegmentHit, id: string, point: LngLat): VirtualAnchor {
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

/** Every place an anchor meets the network (just `node` for an anchor made by hand). */
export const attachmentsOf = (a: Anchor): readonly Attachment[] => a.attachments ?? [{ node: a.node, access: a.access }];

/** The attachment of an anchor at `node` (the nearest one if none is there). */
export const attachmentAt = (a: Anchor, node: number): Attachment =>
  attachmentsOf(a).find((t) => t.node === node) ?? { node: a.node, access: a.access };

/**
 * The anchor met at one of its attachments only (the nearest if none is at `node`): route from or
 * to it to start or end exactly there, e.g. to leave a site from the bank a walk arrived on.
 * @example route(graph, atAttachment(site, leg.arrivedAt), next, 'shortest')
 */
export function atAttachment(a: Anchor, node: number): Anchor {
  const t = attachmentAt(a, node);
  return { ...a, node: t.node, access: t.access, attachments: [t] };
}

/** Where a place meets the network (its nearest node, or the snapped position on its edge). */
export const placeAt = (graph: Graph, p: Place): LngLat =>
  isVirtual(p) ? p.at : [graph.lng[p.node] as number, graph.lat[p.node] as number];

/** The component a place lies in (that of its nearest attachment). */
export const placeComponent = (graph: Graph, p: Place): number =>
  graph.component[isVirtual(p) ? (graph.edgeFrom[p.edge] as number) : p.node] as number;

/** Every component a place touches: an anchor between two networks touches both. */
export const placeComponents = (graph: Graph, p: Place): number[] =>
  isVirtual(p) ? [placeComponent(graph, p)] : attachmentsOf(p).map((t) => graph.component[t.node] as number);

const attachedOnce = (p: Place) => isVirtual(p) || (p.attachments?.length ?? 1) <= 1;

/** Whether some attachment of `a` and some attachment of `b` lie in one component. */
export function sameComponent(graph: Graph, a: Place, b: Place): boolean {
  if (attachedOnce(a) && attachedOnce(b)) return placeComponent(graph, a) === placeComponent(graph, b);
  const of = placeComponents(graph, b);
  return placeComponents(graph, a).some((c) => of.includes(c));
}

/** Share of an edge's weight for `dist` of its `length` metres; no distance costs nothing, even on a forbidden edge. */
const part = (weight: number, dist: number, length: number) => (dist > 0 && length > 0 ? (weight * dist) / length : 0);

/**
 * The search seeds of a place: each attachment node, or both ends of its edge, with the cost and
 * true metres of getting there. The straight access leg costs its metres (factor 1) under every
 * profile, so attachments at different distances compare fairly.
 */
export function seedsOf(graph: Graph, weight: Float64Array, p: Place): Seed[] {
  if (!isVirtual(p)) {
    if (!p.attachments) return [{ node: p.node, cost: p.access, length: p.access }];
    return p.attachments.map((t) => ({ node: t.node, cost: t.access, length: t.access }));
  }
  const w = weight[p.edge] as number;
  const len = graph.edgeLength[p.edge] as number;
  return [
    { node: graph.edgeFrom[p.edge] as number, cost: p.access + part(w, p.fromDist, len), length: p.access + p.fromDist },
    { node: graph.edgeTo[p.edge] as number, cost: p.access + part(w, p.toDist, len), length: p.access + p.toDist },
  ];
}

/** The goals of a place: the same as its seeds, walked the other way. */
export const goalsOf = (graph: Graph, weight: Float64Array, p: Place): Goal[] => seedsOf(graph, weight, p);

/**
 * Where the goals of a place lie, each with the least cost still to pay from there (its access
 * leg): the A* heuristic aims at the nearest of them.
 */
export const targetsOf = (graph: Graph, p: Place): Target[] =>
  isVirtual(p)
    ? [{ lng: p.at[0], lat: p.at[1], cost: p.access }]
    : attachmentsOf(p).map((t) => ({ lng: graph.lng[t.node] as number, lat: graph.lat[t.node] as number, cost: t.access }));

/** Cost of walking straight along a shared edge between two virtual places, access legs included (Infinity otherwise). */
export function directCost(graph: Graph, weight: Float64Array, a: Place, b: Place): number {
  if (!isVirtual(a) || !isVirtual(b) || a.edge !== b.edge) return Infinity;
  return a.access + b.access + part(weight[a.edge] as number, Math.abs(a.fromDist - b.fromDist), graph.edgeLength[a.edge] as number);
}
