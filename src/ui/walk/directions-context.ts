/**
 * What walking directions may name: the stops, the waterways as a sentence says them, and the
 * landmarks passed (the sites, then OpenStreetMap's named places in the reader's script). Shared by
 * the planned walk and a walk being followed (whose new legs are described the same way).
 */
import { placeLandmarks } from '../../data/places';
import type { DirectionsContext } from '../../domain/network/directions';
import type { Locale, Localized, SiteFeature, WaterwayFeature } from '../../domain/schema';
import { START_ID } from '../../domain/walk';

const PLACES = { th: placeLandmarks('th'), en: placeLandmarks('en') } as const;

export const START_NAME: Localized = { th: 'จุดที่เลือกไว้', en: 'the start point' };
/** Where a new route from the walker's place starts ("Start at your position and walk …"). */
export const HERE_NAME: Localized = { th: 'ตำแหน่งของคุณ', en: 'your position' };

/** How the directions say a waterway's name in a sentence ("along the east bank of the Mae Kha"). */
const SPOKEN_WATERWAYS: Record<string, Localized> = {
  'mae-kha': { th: 'คลองแม่ข่า', en: 'the Mae Kha' },
  'khu-mueang': { th: 'คูเมือง', en: 'the moat' },
  'moat-outlet': { th: 'ทางน้ำจากคูเมือง', en: 'the moat outflow' },
  'huai-kaeo': { th: 'ห้วยแก้ว', en: 'the Huai Kaeo' },
  ping: { th: 'แม่น้ำปิง', en: 'the Ping' },
};

/** @example routeDirections(graph, route, directionsContext(sites, waterways, stops, 'th'), 'th') */
export function directionsContext(
  sites: readonly SiteFeature[],
  waterways: readonly WaterwayFeature[],
  stops: readonly { id: string; name: Localized }[],
  locale: Locale,
  start: Localized = START_NAME,
): DirectionsContext {
  return {
    stops: Object.fromEntries([...stops.map((s) => [s.id, s.name] as const), [START_ID, start] as const]),
    waterways: Object.fromEntries(waterways.map((w) => [w.properties.id, SPOKEN_WATERWAYS[w.properties.id] ?? w.properties.name])),
    landmarks: [...sites.map((s) => ({ id: s.properties.id, name: s.properties.name, point: s.geometry.coordinates })), ...PLACES[locale]],
  };
}
