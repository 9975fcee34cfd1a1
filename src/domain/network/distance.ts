/**
 * The one distance measure of the walking network: great-circle (haversine) metres on the same
 * sphere as Turf (`@turf/distance`), so graph lengths, access legs and tests agree to the millimetre.
 */
import type { LngLat } from '../types';

/** Mean Earth radius in metres, as `@turf/helpers` uses. */
export const EARTH_RADIUS = 6_371_008.8;
const RAD = Math.PI / 180;

/**
 * Great-circle distance in metres between two positions given as numbers (no tuples: hot loops).
 * @example haversine(98.99, 18.78, 98.99, 18.781) // ≈ 111.2
 */
export function haversine(lng1: number, lat1: number, lng2: number, lat2: number): number {
  const sinLat = Math.sin((lat2 - lat1) * RAD * 0.5);
  const sinLng = Math.sin((lng2 - lng1) * RAD * 0.5);
  const a = sinLat * sinLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinLng * sinLng;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Great-circle distance in metres between two positions.
 * @example distanceBetween([98.99, 18.78], [98.99, 18.781]) // ≈ 111.2
 */
export function distanceBetween(a: LngLat, b: LngLat): number {
  return haversine(a[0], a[1], b[0], b[1]);
}

/**
 * Length in metres of a line along its vertices.
 * @example lineLength([[98.99, 18.78], [98.99, 18.781], [98.991, 18.781]]) // ≈ 216.5
 */
export function lineLength(line: readonly LngLat[]): number {
  let sum = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as LngLat;
    const b = line[i] as LngLat;
    sum += haversine(a[0], a[1], b[0], b[1]);
  }
  return sum;
}

/** Where a point falls on a segment: the fraction `t` along it and the projected position. */
export type SegmentProjection = { t: number; lng: number; lat: number };

/**
 * Nearest point of the segment a–b to p, in a local equirectangular plane around p (exact enough
 * for the few hundred metres a snap spans). Returns the fraction along the segment, clamped to [0, 1].
 * @example projectOnSegment(98.99, 18.78, 98.98, 18.781, 99.0, 18.781) // { t: 0.5, lng: 98.99, lat: 18.781 }
 */
export function projectOnSegment(
  lng: number,
  lat: number,
  aLng: number,
  aLat: number,
  bLng: number,
  bLat: number,
): SegmentProjection {
  const k = Math.cos(lat * RAD);
  const dx = (bLng - aLng) * k;
  const dy = bLat - aLat;
  const len2 = dx * dx + dy * dy;
  const raw = len2 === 0 ? 0 : ((lng - aLng) * k * dx + (lat - aLat) * dy) / len2;
  const t = raw < 0 ? 0 : raw > 1 ? 1 : raw;
  return { t, lng: aLng + (bLng - aLng) * t, lat: aLat + (bLat - aLat) * t };
}

/** Degrees of latitude and longitude spanned by `metres` around latitude `lat`, for box searches. */
export function degreesAround(metres: number, lat: number): { dLng: number; dLat: number } {
  const dLat = metres / (EARTH_RADIUS * RAD);
  return { dLat, dLng: dLat / Math.max(1e-6, Math.cos(lat * RAD)) };
}
