/**
 * A route as a walker follows it: each leg's line with the metres walked to each vertex, where a
 * position falls on it, and the line cut there (the part walked, the part ahead). Plane geometry
 * around the points (as the directions use): a leg spans a few hundred metres.
 */
import { planarDistance } from '../network/directions/geometry';
import { projectOnSegment } from '../network/distance';
import { meters, type LngLat, type Meters } from '../types';

export type LegLine = {
  points: readonly LngLat[];
  /** Metres along the line to each vertex (`cum[0]` is 0). */
  cum: readonly number[];
  length: Meters;
};

/** How far back along the leg a position may be placed: a walker who turns round for a few steps stays put. */
export const BACKTRACK = meters(30);

/** @example legLine([[98.99, 18.78], [98.99, 18.781]]).length // ≈ 111 */
export function legLine(points: readonly LngLat[]): LegLine {
  const cum = [0];
  for (let i = 1; i < points.length; i++) cum.push(cum[i - 1]! + planarDistance(points[i - 1]!, points[i]!));
  return { points, cum, length: meters(cum.at(-1) ?? 0) };
}

/** Where a position lies on a leg: metres along it, and metres off it. */
export type OnLeg = { along: Meters; offset: Meters };

/**
 * The nearest place on the leg to `p`, not further back than `from − BACKTRACK`, so a leg that
 * passes the same corner twice places the walker on the pass still to come. Ties go to the earlier place.
 * @example placeOnLeg(legLine(line), [98.9901, 18.7805]).along
 */
export function placeOnLeg(leg: LegLine, p: LngLat, from = 0): OnLeg {
  const min = from - BACKTRACK;
  let best: OnLeg = { along: meters(0), offset: meters(Infinity) };
  if (leg.points.length === 1) return { along: meters(0), offset: planarDistance(p, leg.points[0]!) };
  for (let i = 0; i + 1 < leg.points.length; i++) {
    if (leg.cum[i + 1]! < min) continue;
    const [a, b] = [leg.points[i]!, leg.points[i + 1]!];
    const hit = projectOnSegment(p[0], p[1], a[0], a[1], b[0], b[1]);
    const along = Math.max(min, leg.cum[i]! + hit.t * (leg.cum[i + 1]! - leg.cum[i]!));
    const offset = planarDistance(p, [hit.lng, hit.lat]);
    // Half a metre of slack: of two equally near places, the earlier one.
    if (offset < best.offset - 0.5) best = { along: meters(along), offset };
  }
  return best;
}

/** The point `along` metres into the leg (clamped to its ends). */
export function pointAlong(leg: LegLine, along: number): LngLat {
  const { points, cum } = leg;
  if (along <= 0 || points.length === 1) return points[0]!;
  for (let i = 1; i < points.length; i++) {
    if (cum[i]! >= along) {
      const span = cum[i]! - cum[i - 1]!;
      const t = span > 0 ? (along - cum[i - 1]!) / span : 0;
      const [a, b] = [points[i - 1]!, points[i]!];
      return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
    }
  }
  return points.at(-1)!;
}

/**
 * The leg cut `along` metres in: the line walked and the line ahead (they share the cut point).
 * @example const { walked, ahead } = cutLeg(leg, 120);
 */
export function cutLeg(leg: LegLine, along: number): { walked: LngLat[]; ahead: LngLat[] } {
  const at = pointAlong(leg, along);
  const i = leg.cum.findIndex((c) => c > along);
  if (i === -1) return { walked: [...leg.points], ahead: [] };
  if (i === 0) return { walked: [], ahead: [...leg.points] };
  return { walked: [...leg.points.slice(0, i), at], ahead: [at, ...leg.points.slice(i)] };
}
