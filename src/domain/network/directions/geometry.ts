/**
 * Small plane geometry for directions. A walk spans a few kilometres, so an equirectangular
 * projection around the points in question is accurate to well under 1 % and keeps the maths local.
 */
import type { LngLat, Meters } from '../../types';

const EARTH_RADIUS = 6_371_008.8;
const RAD = Math.PI / 180;

/** Offset of `p` from `origin` in metres, east (x) and north (y). */
function offset(origin: LngLat, p: LngLat): [x: number, y: number] {
  const cosLat = Math.cos(((origin[1] + p[1]) / 2) * RAD);
  return [(p[0] - origin[0]) * RAD * EARTH_RADIUS * cosLat, (p[1] - origin[1]) * RAD * EARTH_RADIUS];
}

/**
 * Straight-line distance between two nearby points.
 * @example planarDistance([98.99, 18.78], [98.99, 18.781]) // ≈ 111 (m)
 */
export function planarDistance(a: LngLat, b: LngLat): Meters {
  const [x, y] = offset(a, b);
  return Math.hypot(x, y) as Meters;
}

/**
 * Compass bearing from `a` to `b`, degrees clockwise from north in [0, 360).
 * @example planarBearing([98.99, 18.78], [98.99, 18.77]) // 180
 */
export function planarBearing(a: LngLat, b: LngLat): number {
  const [x, y] = offset(a, b);
  return ((Math.atan2(x, y) / RAD) % 360 + 360) % 360;
}

/** Bearing of the first stretch of a line (up to `reach` metres), so tiny end segments do not skew it. */
export function headBearing(points: readonly LngLat[], reach = 15): number {
  const first = points[0];
  if (first === undefined) return 0;
  for (let i = 1; i < points.length; i++) {
    const p = points[i] as LngLat;
    if (planarDistance(first, p) >= reach || i === points.length - 1) return planarBearing(first, p);
  }
  return 0;
}

/** Bearing of the last stretch of a line, in the direction of travel. */
export function tailBearing(points: readonly LngLat[], reach = 15): number {
  return (headBearing([...points].reverse(), reach) + 180) % 360;
}

/** Signed change of heading from `from` to `to`, in (-180, 180]; positive is a right turn. */
export function bearingChange(from: number, to: number): number {
  const d = (((to - from) % 360) + 360) % 360;
  return d > 180 ? d - 360 : d;
}

/** Distance from `p` to a polyline, and how far along the line the nearest point lies. */
export function distanceToLine(p: LngLat, line: readonly LngLat[]): { distance: Meters; along: Meters } {
  let best = Infinity;
  let bestAlong = 0;
  let walked = 0;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i] as LngLat;
    const b = line[i + 1] as LngLat;
    const [bx, by] = offset(a, b);
    const [px, py] = offset(a, p);
    const len2 = bx * bx + by * by;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * bx + py * by) / len2));
    const d = Math.hypot(px - t * bx, py - t * by);
    if (d < best) {
      best = d;
      bestAlong = walked + t * Math.sqrt(len2);
    }
    walked += Math.sqrt(len2);
  }
  if (line.length === 1) best = planarDistance(p, line[0] as LngLat);
  return { distance: best as Meters, along: bestAlong as Meters };
}

/**
 * The part of a line between two fractions of its length (0: its start, 1: its end), with the
 * points cut there interpolated.
 * @example lineBetween([[98.99, 18.78], [98.99, 18.782]], 0.25, 0.5) // [[98.99, 18.7805], [98.99, 18.781]]
 */
export function lineBetween(points: readonly LngLat[], from: number, to: number): LngLat[] {
  if (points.length < 2 || !(from <= to)) throw new RangeError(`lineBetween: needs a line and from ≤ to, got ${points.length} points, ${from}..${to}`);
  const steps = points.slice(1).map((p, i) => planarDistance(points[i] as LngLat, p));
  const total = steps.reduce((sum, d) => sum + d, 0);
  const pointAt = (metres: number): { index: number; at: LngLat } => {
    let walked = 0;
    for (let i = 0; i < steps.length; i++) {
      const d = steps[i] as number;
      if (walked + d >= metres || i === steps.length - 1) {
        const t = d > 0 ? Math.min(1, Math.max(0, (metres - walked) / d)) : 0;
        const [a, b] = [points[i] as LngLat, points[i + 1] as LngLat];
        return { index: i, at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t] };
      }
      walked += d;
    }
    return { index: 0, at: points[0] as LngLat };
  };
  const start = pointAt(from * total);
  const end = pointAt(to * total);
  return [start.at, ...points.slice(start.index + 1, end.index + 1), end.at];
}
