/**
 * Where the research results lie, for a reader: the named places (the sites and OpenStreetMap's
 * places, each in the reader's script) and, for each suggested site, the waterway and kilometre
 * it lies at and the nearest named place. The panel and the printed report both read these.
 */
import { placeLandmarks } from '../../data/places';
import { nearestNamed, whereOnWaterway, type NamedPlace, type OnWaterway, type ReportLandmark } from '../../domain/coverage/report';
import type { Coverage } from '../../domain/coverage/types';
import type { Locale, SiteFeature } from '../../domain/schema';
import type { LngLat } from '../../domain/types';

/** Per language: a place is named only in the reader's script (as in the walking directions). */
export type ByLocale<T> = Record<Locale, T>;

/** A suggested site with where it lies; `n` is its place in the list, from 1. */
export type LocatedSuggestion = { n: number; point: LngLat; gain: number; on: OnWaterway | null; near: ByLocale<NamedPlace | null> };

/**
 * The named places a reader can find things by, per language: every site, and the places from
 * OpenStreetMap whose name is in that language's script.
 * @example landmarksByLocale(sites).en.some((l) => l.name.en === 'Rakaeng (Ragang) bridge') // true
 */
export function landmarksByLocale(sites: readonly SiteFeature[]): ByLocale<ReportLandmark[]> {
  const own: ReportLandmark[] = sites.map((s) => ({ name: s.properties.name, point: s.geometry.coordinates }));
  return { th: [...own, ...placeLandmarks('th')], en: [...own, ...placeLandmarks('en')] };
}

/**
 * The named place nearest a point (within the report's limit), per language.
 * @example nearByLocale([98.9956, 18.7771], landmarks).en?.name.en // 'Rakaeng (Ragang) bridge'
 */
export function nearByLocale(point: LngLat, landmarks: ByLocale<readonly ReportLandmark[]>): ByLocale<NamedPlace | null> {
  return { th: nearestNamed(point, landmarks.th), en: nearestNamed(point, landmarks.en) };
}

/**
 * Each suggestion with the waterway and kilometre it lies at, and the nearest named place.
 * @example locateSuggestions(coverage, [{ point, gain: 1100 }], landmarks)[0].on // { waterway: 'mae-kha', along: 6210, distance: 12 }
 */
export function locateSuggestions(
  coverage: Coverage,
  suggestions: readonly { point: LngLat; gain: number }[],
  landmarks: ByLocale<readonly ReportLandmark[]>,
): LocatedSuggestion[] {
  return suggestions.map((s, i) => ({ n: i + 1, point: s.point, gain: s.gain, on: whereOnWaterway(coverage, s.point), near: nearByLocale(s.point, landmarks) }));
}
