/**
 * Named places near the canal from OpenStreetMap (data/places.geojson): landmarks for the walking
 * directions. Bundled with the Walk tab (15 kB); the map draws the same file from its URL.
 */
import places from '../../data/places.geojson';
import type { Landmark } from '../domain/network/directions';
import type { Locale, PlaceFeature } from '../domain/schema';

const THAI = /[\u0E00-\u0E7F]/;

/**
 * The places as landmarks for directions in one language: minor ones (sites are named first), in
 * the one name the data gives, and only where that name is written in the reader's script (an
 * English reader is not told to turn at "วัดดอกคำ", nor a Thai reader at a name in Latin letters).
 * @example placeLandmarks('en').every((l) => !/[ก-๙]/.test(l.name.en)) // true
 */
export function placeLandmarks(locale: Locale): Landmark[] {
  return (places as { features: PlaceFeature[] }).features.flatMap((f, i) =>
    THAI.test(f.properties.name) === (locale === 'th')
      ? [{ id: `place-${i}`, name: { th: f.properties.name, en: f.properties.name }, point: f.geometry.coordinates, minor: true }]
      : [],
  );
}
