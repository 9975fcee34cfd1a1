/**
 * Attaching points (sites) to the network by splitting edges at their projections, so each point
 * gets real nodes the router and the multi-stop planner can start from. A point between two paths
 * (a site on the canal centreline, 8 m from either bank) is attached to both: with one bank only,
 * walks along the other bank would cross a bridge to reach it and cross back.
 */
import { meters, type LngLat } from '../types';
import { haversine } from './distance';
import type { Noded, RawEdge } from './noding';
import { hitsPerEdge, indexSegments, nearestSegment, type SegmentHit, type SegmentIndex } from './segment-index';
import type { Anchor, Attachment, SnapFailure } from './types';
import { gridOf } from './vertex-table';
import { edgeFactor } from './weights';

/**
 * A point is also attached to every other edge at most this many metres farther than its nearest
 * one: enough for both banks of the canal (16 m apart) from a site anywhere between them, too
 * little to reach across a street block.
 */
export const ATTACH_TOLERANCE = meters(20);
/** At most this many attachments per point. */
export const MAX_ATTACHMENTS = 3;
/** Attachments closer than this to one already chosen (the same path round a corner) add nothing. */
export const ATTACH_SPACING = meters(5);

export type AttachRequest = { id: string; point: LngLat };
/** `hits`: indices into the flat list of all requests' hits. */
type Cut = { at: number; lng: number; lat: number; key: string; hits: number[] };

const keyOf = (lng: number, lat: number) => `${gridOf(lng)},${gridOf(lat)}`;

/** Splits one edge at its cuts (sorted along it); calls `nodeFor` for each cut's node. */
function cutEdge(edge: RawEdge, cuts: readonly Cut[], nodeFor: (cut: Cut) => number): RawEdge[] {
  const line = edge.geometry;
  const pieces: RawEdge[] = [];
  let from = edge.from;
  let piece: LngLat[] = [line[0] as LngLat];
  let next = 1;
  for (const cut of cuts) {
    const node = nodeFor(cut);
    while (next < cut.at && next < line.length - 1) piece.push(line[next++] as LngLat);
    if (next === cut.at) next++;
    const point: LngLat = [cut.lng, cut.lat];
    if (node === from && piece.length === 1) continue;
    piece.push(point);
    pieces.push({ from, to: node, geometry: piece, info: edge.info });
    from = node;
    piece = [point];
  }
  while (next < line.length) piece.push(line[next++] as LngLat);
  const [a, b] = piece as [LngLat, LngLat?];
  // A cut that rounds onto the end node leaves a centimetre stub: not an edge.
  const stub = b !== undefined && piece.length === 2 && from === edge.to && keyOf(a[0], a[1]) === keyOf(b[0], b[1]);
  if (b !== undefined && !stub) pieces.push({ from, to: edge.to, geometry: piece, info: edge.info });
  return pieces;
}

/**
 * Where a point attaches: its nearest edge, then the other edges within `ATTACH_TOLERANCE` of that
 * distance, nearest first, skipping places within `ATTACH_SPACING` of one chosen. When none of
 * them is step-free, a step-free edge in that window (if any) gets the last place, so steps next
 * to a site do not cut it off from the step-free profile. The one rule for sites (whose edges are
 * split here) and for points placed on a built graph (what-if sites, `snapAttachments`).
 * `accept` leaves out edges a profile cannot use.
 */
export function attachmentHits(
  index: SegmentIndex,
  point: LngLat,
  maxSnap: number,
  stepFree: (edge: number) => boolean,
  accept?: (edge: number) => boolean,
): SegmentHit[] | { miss: number } {
  const first = nearestSegment(index, point, maxSnap, accept);
  if ('miss' in first) return first;
  const window = hitsPerEdge(index, point, Math.min(maxSnap, first.distance + ATTACH_TOLERANCE), accept);
  const chosen: SegmentHit[] = [first];
  const apart = (h: SegmentHit) => chosen.every((c) => haversine(c.lng, c.lat, h.lng, h.lat) >= ATTACH_SPACING);
  for (const h of window) {
    if (chosen.length === MAX_ATTACHMENTS) break;
    if (h.edge !== first.edge && apart(h)) chosen.push(h);
  }
  if (!chosen.some((h) => stepFree(h.edge))) {
    const spare = window.find((h) => stepFree(h.edge) && apart(h));
    if (spare) chosen.splice(Math.min(chosen.length, MAX_ATTACHMENTS - 1), 1, spare);
  }
  return chosen;
}

/** One attachment per node (the shortest access), nearest first. */
function attachmentsOf(nodes: readonly number[], hits: readonly SegmentHit[]): Attachment[] {
  const byNode = new Map<number, number>();
  nodes.forEach((node, j) => {
    const d = (hits[j] as SegmentHit).distance;
    const known = byNode.get(node);
    if (known === undefined || d < known) byNode.set(node, d);
  });
  return [...byNode].map(([node, d]) => ({ node, access: meters(d) })).sort((a, b) => a.access - b.access);
}

/**
 * The network with every point within `maxSnap` metres attached at its projections onto the
 * nearest edges (see `attachmentHits`; those edges split there); the input is not changed.
 * @example attachPoints(nodeLines(paths), [{ id: 'wat-phan-on', point: [98.99, 18.79] }], 250).anchors
 */
export function attachPoints(
  noded: Noded,
  requests: readonly AttachRequest[],
  maxSnap: number,
): { noded: Noded; anchors: Anchor[]; failures: SnapFailure[] } {
  const index = indexSegments(noded.edges.map((e) => e.geometry));
  /** All hits of all requests in one list; `owner[k]` is the request hit k belongs to. */
  const hits: SegmentHit[] = [];
  const owner: number[] = [];
  const failures: SnapFailure[] = [];
  requests.forEach(({ id, point }, i) => {
    const found = attachmentHits(index, point, maxSnap, (e) => edgeFactor((noded.edges[e] as RawEdge).info, 'step-free') !== Infinity);
    if (!Array.isArray(found)) {
      const miss = found.miss;
      failures.push(miss === Infinity ? { id, reason: 'no-network' } : { id, reason: 'too-far', distance: meters(miss), limit: meters(maxSnap) });
      return;
    }
    for (const hit of found) {
      hits.push(hit);
      owner.push(i);
    }
  });
  const cutsByEdge = new Map<number, Cut[]>();
  hits.forEach((hit, k) => {
    const list = cutsByEdge.get(hit.edge) ?? [];
    const key = keyOf(hit.lng, hit.lat);
    const same = list.find((c) => c.key === key);
    if (same) same.hits.push(k);
    else list.push({ at: hit.segment + hit.t, lng: hit.lng, lat: hit.lat, key, hits: [k] });
    cutsByEdge.set(hit.edge, list);
  });

  const lng = [...noded.lng];
  const lat = [...noded.lat];
  const nodeOfHit = new Int32Array(hits.length).fill(-1);
  const edges: RawEdge[] = [];
  noded.edges.forEach((edge, e) => {
    const cuts = cutsByEdge.get(e);
    if (!cuts) return void edges.push(edge);
    cuts.sort((a, b) => a.at - b.at);
    const first = edge.geometry[0] as LngLat;
    const last = edge.geometry.at(-1) as LngLat;
    const nodeFor = (cut: Cut): number => {
      let node: number;
      if (cut.key === keyOf(first[0], first[1])) node = edge.from;
      else if (cut.key === keyOf(last[0], last[1])) node = edge.to;
      else {
        node = lng.length;
        lng.push(cut.lng);
        lat.push(cut.lat);
      }
      for (const k of cut.hits) nodeOfHit[k] = node;
      return node;
    };
    edges.push(...cutEdge(edge, cuts, nodeFor));
  });
  const anchors: Anchor[] = [];
  let k = 0;
  requests.forEach(({ id, point }, i) => {
    const start = k;
    while (owner[k] === i) k++;
    if (k === start) return;
    const attachments = attachmentsOf(Array.from(nodeOfHit.subarray(start, k)), hits.slice(start, k));
    const nearest = attachments[0] as Attachment;
    anchors.push({ id, point, node: nearest.node, access: nearest.access, attachments });
  });
  return { noded: { lng, lat, edges, skipped: noded.skipped }, anchors, failures };
}
