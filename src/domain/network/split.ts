/**
 * Attaching points (sites) to the network by splitting the nearest edge at the projection, so
 * each point gets a real node the router and the multi-stop planner can start from.
 */
import { meters, type LngLat } from '../types';
import type { Noded, RawEdge } from './noding';
import { indexSegments, nearestSegment, type SegmentHit } from './segment-index';
import type { Anchor, SnapFailure } from './types';
import { gridOf } from './vertex-table';

export type AttachRequest = { id: string; point: LngLat };
type Cut = { at: number; lng: number; lat: number; key: string; anchors: number[] };

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
 * The network with every point within `maxSnap` metres attached at its projection onto the
 * nearest edge (that edge split there); the input is not changed.
 * @example attachPoints(nodeLines(paths), [{ id: 'wat-phan-on', point: [98.99, 18.79] }], 250).anchors
 */
export function attachPoints(
  noded: Noded,
  requests: readonly AttachRequest[],
  maxSnap: number,
): { noded: Noded; anchors: Anchor[]; failures: SnapFailure[] } {
  const index = indexSegments(noded.edges.map((e) => e.geometry));
  const hits: (SegmentHit | null)[] = [];
  const failures: SnapFailure[] = [];
  for (const { id, point } of requests) {
    const hit = nearestSegment(index, point, maxSnap);
    if ('miss' in hit) {
      failures.push(hit.miss === Infinity ? { id, reason: 'no-network' } : { id, reason: 'too-far', distance: meters(hit.miss), limit: meters(maxSnap) });
    }
    hits.push('miss' in hit ? null : hit);
  }
  const cutsByEdge = new Map<number, Cut[]>();
  hits.forEach((hit, i) => {
    if (!hit) return;
    const list = cutsByEdge.get(hit.edge) ?? [];
    const key = keyOf(hit.lng, hit.lat);
    const same = list.find((c) => c.key === key);
    if (same) same.anchors.push(i);
    else list.push({ at: hit.segment + hit.t, lng: hit.lng, lat: hit.lat, key, anchors: [i] });
    cutsByEdge.set(hit.edge, list);
  });

  const lng = [...noded.lng];
  const lat = [...noded.lat];
  const nodeOfRequest = new Int32Array(requests.length).fill(-1);
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
      for (const i of cut.anchors) nodeOfRequest[i] = node;
      return node;
    };
    edges.push(...cutEdge(edge, cuts, nodeFor));
  });
  const anchors: Anchor[] = [];
  requests.forEach(({ id, point }, i) => {
    const hit = hits[i];
    if (!hit) return;
    const node = nodeOfRequest[i] as number;
    anchors.push({ id, point, node, access: meters(hit.distance) });
  });
  return { noded: { lng, lat, edges, skipped: noded.skipped }, anchors, failures };
}
