/**
 * Positions along a line measured in metres (haversine, the network's one distance measure):
 * a point at a given distance, and the piece between two distances. Inputs are never mutated.
 */
import { haversine } from '../network/distance';
import type { LngLat } from '../types';

/**
 * Cumulative metres at each vertex of a line (first 0, last the line's length).
 * @example cumulativeLengths([[99, 18.8], [99, 18.801]]) // Float64Array [0, ≈111.2]
 */
export function cumulativeLengths(line: readonly LngLat[]): Float64Array {
  const out = new Float64Array(line.length);
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as LngLat;
    const b = line[i] as LngLat;
    out[i] = (out[i - 1] as number) + haversine(a[0], a[1], b[0], b[1]);
  }
  return out;
}

/** Index of the segment holding `metres` (the last vertex i with cum[i] ≤ metres, below the end). */
function segmentAt(cum: Float64Array, metres: number): number {
  let lo = 0;
  let hi = cum.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((cum[mid] as number) <= metres) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

function interpolate(line: readonly LngLat[], cum: Float64Array, i: number, metres: number): LngLat {
  const a = line[i] as LngLat;
  const b = (line[i + 1] ?? a) as LngLat;
  const len = (cum[i + 1] ?? 0) - (cum[i] as number);
  const t = len > 0 ? Math.min(1, Math.max(0, (metres - (cum[i] as number)) / len)) : 0;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/**
 * The point `metres` along a line (clamped to its ends); `cum` from `cumulativeLengths` saves recomputing.
 * @example pointAlong([[99, 18.8], [99, 18.802]], 111.2) // ≈ [99, 18.801]
 */
export function pointAlong(line: readonly LngLat[], metres: number, cum = cumulativeLengths(line)): LngLat {
  if (line.length === 0) throw new RangeError('pointAlong: the line has no vertices');
  return interpolate(line, cum, segmentAt(cum, metres), metres);
}

/**
 * The piece of a line between `from` and `to` metres along it (clamped; from ≤ to), with its vertices.
 * @example sliceLine(line, 100, 250) // LngLat[] starting 100 m and ending 250 m along `line`
 */
export function sliceLine(line: readonly LngLat[], from: number, to: number, cum = cumulativeLengths(line)): LngLat[] {
  if (line.length === 0) throw new RangeError('sliceLine: the line has no vertices');
  const total = cum[cum.length - 1] as number;
  const [a, b] = [Math.max(0, Math.min(from, to, total)), Math.min(total, Math.max(from, to, 0))];
  const i = segmentAt(cum, a);
  const j = segmentAt(cum, b);
  const out: LngLat[] = [interpolate(line, cum, i, a)];
  for (let k = i + 1; k <= j; k++) if ((cum[k] as number) > a && (cum[k] as number) < b) out.push(line[k] as LngLat);
  out.push(interpolate(line, cum, j, b));
  return out;
}
