/**
 * What a coverage report says beyond the panel's figures, from the same result: the named places
 * at the ends of each gap, and where each suggested site lies (the waterway, the distance along
 * it, the nearest named place). Pure; the report and its tests read these, nothing recomputes.
 */
import { haversine } from '../network/distance';
import type { Localized } from '../schema';
import { meters, type LngLat, type Meters } from '../types';
import type { Coverage, Gap, WaterwayCoverage } from './types';

/** The headline waterway's figures, and the share of its measured length that is covered. */
export type Headline = WaterwayCoverage & { measured: Meters; measuredPercent: number | null };

/**
 * The headline (the main stem's coverage) as the panel and the report both state it: covered
 * against the whole length, and against the length near enough to a street to be measured.
 * @example headline(coverage, 'mae-kha')?.measuredPercent // 28.7
 */
export function headline(coverage: Coverage, waterway: string | undefined): Headline | null {
  const w = coverage.waterways.find((x) => x.waterway === waterway);
  if (!w) return null;
  const measured = meters(w.length - w.offNetwork);
  return { ...w, measured, measuredPercent: measured > 0 ? (w.covered / measured) * 100 : null };
}

/** A named place (a site, or a place from OpenStreetMap) that can tell a reader where something is. */
export type ReportLandmark = { name: Localized; point: LngLat };
/** The nearest such place to a point, and how far it is in a straight line. */
export type NamedPlace = { name: Localized; distance: Meters };

/** Places farther than this from a point do not help a reader find it. */
export const NAMED_PLACE_LIMIT = meters(400);

/**
 * The landmark nearest a point, within `limit` metres; null when none is that close.
 * @example nearestNamed([98.9956, 18.7771], landmarks)?.name.en // 'Rakaeng (Ragang) bridge'
 */
export function nearestNamed(point: LngLat, landmarks: readonly ReportLandmark[], limit: Meters = NAMED_PLACE_LIMIT): NamedPlace | null {
  let best: NamedPlace | null = null;
  for (const l of landmarks) {
    const d = haversine(point[0], point[1], l.point[0], l.point[1]);
    if (d <= limit && (best === null || d < best.distance)) best = { name: l.name, distance: meters(d) };
  }
  return best;
}

/**
 * The named places at a gap's two ends (its first and last samples), upstream end first.
 * @example gapEnds(coverage, gap, landmarks) // [{ name: { en: 'Si Lanna community bridge', … }, distance: 40 }, null]
 */
export function gapEnds(coverage: Coverage, gap: Gap, landmarks: readonly ReportLandmark[]): [NamedPlace | null, NamedPlace | null] {
  const [first, last] = gapPoints(coverage, gap);
  return [nearestNamed(first, landmarks), nearestNamed(last, landmarks)];
}

/**
 * A gap's two ends (its first and last samples' points), upstream end first.
 * @example gapPoints(coverage, coverage.waterways[0].gaps[0]) // [[98.9902, 18.8282], [98.9985, 18.7992]]
 */
export function gapPoints(coverage: Coverage, gap: Gap): [LngLat, LngLat] {
  const first = coverage.samples[gap.first];
  const last = coverage.samples[gap.last];
  if (!first || !last) throw new RangeError(`gapPoints: samples ${gap.first}..${gap.last} are not in the coverage (${coverage.samples.length})`);
  return [first.point, last.point];
}

/** Where a point lies on the measured waterways: the nearest sample's waterway and metres along it. */
export type OnWaterway = { waterway: string; along: Meters; distance: Meters };

/**
 * The measured waterway nearest a point, and how far along it (from its start) the point lies.
 * @example whereOnWaterway(coverage, suggestion.point) // { waterway: 'mae-kha', along: 11850, distance: 12 }
 */
export function whereOnWaterway(coverage: Coverage, point: LngLat): OnWaterway | null {
  let best: OnWaterway | null = null;
  for (const s of coverage.samples) {
    const d = haversine(point[0], point[1], s.point[0], s.point[1]);
    if (best === null || d < best.distance) best = { waterway: s.waterway, along: s.along, distance: meters(d) };
  }
  return best;
}
