/**
 * A spatial index (Flatbush) over every segment of a set of edge lines, for snapping points to
 * the nearest place on the network.
 */
import Flatbush from 'flatbush';
import type { LngLat } from '../types';
import { degreesAround, haversine, projectOnSegment } from './distance';

/** The nearest place on the network: edge, segment (vertex index it starts at), fraction along it. */
export type SegmentHit = { edge: number; segment: number; t: number; lng: number; lat: number; distance: number };

export type SegmentIndex = {
  lines: readonly (readonly LngLat[])[];
  tree: Flatbush | null;
  segEdge: Int32Array;
  segStart: Int32Array;
};

/**
 * Indexes the segments of the given lines (edge id = position in the array).
 * @example nearestSegment(indexSegments(graph.edgeGeometry), [98.99, 18.78], 250)
 */
export function indexSegments(lines: readonly (readonly LngLat[])[]): SegmentIndex {
  let count = 0;
  for (const line of lines) count += Math.max(0, line.length - 1);
  const segEdge = new Int32Array(count);
  const segStart = new Int32Array(count);
  if (count === 0) return { lines, tree: null, segEdge, segStart };
  const tree = new Flatbush(count);
  let s = 0;
  lines.forEach((line, edge) => {
    for (let i = 0; i + 1 < line.length; i++, s++) {
      const [aLng, aLat] = line[i] as LngLat;
      const [bLng, bLat] = line[i + 1] as LngLat;
      tree.add(Math.min(aLng, bLng), Math.min(aLat, bLat), Math.max(aLng, bLng), Math.max(aLat, bLat));
      segEdge[s] = edge;
      segStart[s] = i;
    }
  });
  tree.finish();
  return { lines, tree, segEdge, segStart };
}

function hitOn(index: SegmentIndex, s: number, point: LngLat): SegmentHit {
  const edge = index.segEdge[s] as number;
  const segment = index.segStart[s] as number;
  const line = index.lines[edge] as readonly LngLat[];
  const [aLng, aLat] = line[segment] as LngLat;
  const [bLng, bLat] = line[segment + 1] as LngLat;
  const p = projectOnSegment(point[0], point[1], aLng, aLat, bLng, bLat);
  return { edge, segment, t: p.t, lng: p.lng, lat: p.lat, distance: haversine(point[0], point[1], p.lng, p.lat) };
}

/**
 * The nearest place on an accepted edge within `maxSnap` metres, or null (then `distance` on the
 * returned miss tells how far the nearest accepted segment is, roughly, or Infinity with none).
 * Ties go to the lower segment number, so results are deterministic.
 */
export function nearestSegment(
  index: SegmentIndex,
  point: LngLat,
  maxSnap: number,
  accept: (edge: number) => boolean = () => true,
): SegmentHit | { miss: number } {
  const tree = index.tree;
  if (tree === null) return { miss: Infinity };
  const { dLng, dLat } = degreesAround(maxSnap, point[1]);
  const found = tree.search(point[0] - dLng, point[1] - dLat, point[0] + dLng, point[1] + dLat);
  let best: SegmentHit | null = null;
  let bestSegment = -1;
  for (const s of found) {
    if (!accept(index.segEdge[s] as number)) continue;
    const hit = hitOn(index, s, point);
    if (hit.distance > maxSnap) continue;
    if (best === null || hit.distance < best.distance || (hit.distance === best.distance && s < bestSegment)) {
      best = hit;
      bestSegment = s;
    }
  }
  if (best) return best;
  const near = tree.neighbors(point[0], point[1], 16, Infinity, (s) => accept(index.segEdge[s] as number));
  return { miss: Math.min(Infinity, ...near.map((s) => hitOn(index, s, point).distance)) };
}

/**
 * The nearest place on each accepted edge within `radius` metres: one hit per edge, nearest first
 * (ties: lower segment number), for attaching a point to every edge it sits beside.
 * @example hitsPerEdge(index, [98.99, 18.78], 30).map((h) => h.edge) // [4, 9]: both banks
 */
export function hitsPerEdge(
  index: SegmentIndex,
  point: LngLat,
  radius: number,
  accept: (edge: number) => boolean = () => true,
): SegmentHit[] {
  const tree = index.tree;
  if (tree === null) return [];
  const { dLng, dLat } = degreesAround(radius, point[1]);
  const best = new Map<number, { hit: SegmentHit; s: number }>();
  for (const s of tree.search(point[0] - dLng, point[1] - dLat, point[0] + dLng, point[1] + dLat)) {
    const edge = index.segEdge[s] as number;
    if (!accept(edge)) continue;
    const hit = hitOn(index, s, point);
    if (hit.distance > radius) continue;
    const seen = best.get(edge);
    if (!seen || hit.distance < seen.hit.distance || (hit.distance === seen.hit.distance && s < seen.s)) best.set(edge, { hit, s });
  }
  return [...best.values()].sort((a, b) => a.hit.distance - b.hit.distance || a.s - b.s).map((b) => b.hit);
}
