/**
 * Named places near the canal from OpenStreetMap (data/places.geojson): landmarks for the walking
 * directions. Bundled with the Walk tab (15 kB); the map draws the same file from its URL.
 */
import places from '../../data/places.geojson';
import type { Landmark } from '../domain/network/directions';
import type { PlaceFeature } from '../domain/schema';

/** The places as landmarks: minor ones (sites are named first), in the one name the data gives. */
export function placeLandmarks(): Landmark[] {
  return (places as { features: PlaceFeature[] }).features.map((f, i) => ({
    id: `place-${i}`,
    name: { th: f.properties.name, en: f.properties.name },
    point: f.geometry.coordinates,
    minor: true,
  }));
}
