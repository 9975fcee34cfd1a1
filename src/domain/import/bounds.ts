/** Bounding boxes of imports: where points are accepted, and the extent of what was read. */
import { haversine } from '../network/distance';
import { STUDY_AREA } from '../schema';
import type { LngLat } from '../types';

/** West, south, east, north in degrees (the GeoJSON `bbox` order). */
export type Bbox = readonly [west: number, south: number, east: number, north: number];

/** Thailand's extent, slightly rounded out: a point outside it is not a Chiang Mai place. */
export const THAILAND: Bbox = [97.3, 5.6, 105.7, 20.5];

export const STUDY_BBOX: Bbox = [STUDY_AREA.west, STUDY_AREA.south, STUDY_AREA.east, STUDY_AREA.north];

/**
 * Whether a position lies inside a box (edges included).
 * @example insideBbox([98.99, 18.78], STUDY_BBOX) // true
 */
export function insideBbox(p: LngLat, box: Bbox): boolean {
  return p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3];
}

/**
 * The smallest box around some positions, or null for none.
 * @example bboxOf([[99, 18.7], [98.9, 18.8]]) // [98.9, 18.7, 99, 18.8]
 */
export function bboxOf(points: Iterable<LngLat>): Bbox | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [lng, lat] of points) {
    if (lng < w) w = lng;
    if (lng > e) e = lng;
    if (lat < s) s = lat;
    if (lat > n) n = lat;
  }
  return w === Infinity ? null : [w, s, e, n];
}

/**
 * Kilometres from a point to the nearest edge of the study area, to 0.1 km (0 inside it).
 * @example kmFromStudyArea([100.5, 13.75]) // 565
 */
export function kmFromStudyArea([lng, lat]: LngLat): number {
  const cLng = Math.min(Math.max(lng, STUDY_BBOX[0]), STUDY_BBOX[2]);
  const cLat = Math.min(Math.max(lat, STUDY_BBOX[1]), STUDY_BBOX[3]);
  return Math.round(haversine(lng, lat, cLng, cLat) / 100) / 10;
}
