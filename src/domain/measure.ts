/** Measurements of the data's geometry, in metres. */
import type { LineString, MultiLineString } from 'geojson';
import { haversine } from './network/distance';
import type { WaterwayFeature } from './schema';
import { meters, type Meters } from './types';

/**
 * Length of a waterway along its drawn course (on Turf's sphere, as every length here).
 * @example waterwayLength(maeKha) // ≈ 14 200 (m)
 */
export const waterwayLength = (waterway: WaterwayFeature): Meters => lineLength(waterway.geometry);

/**
 * Length of a line or multi-line, in metres (haversine per segment).
 * @example lineLength({ type: 'LineString', coordinates: [[98.99, 18.78], [98.99, 18.781]] }) // ≈ 111
 */
export function lineLength(geometry: LineString | MultiLineString): Meters {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  let total = 0;
  for (const part of parts) {
    for (let i = 1; i < part.length; i++) {
      const [a, b] = [part[i - 1] as number[], part[i] as number[]];
      total += haversine(a[0] as number, a[1] as number, b[0] as number, b[1] as number);
    }
  }
  return meters(total);
}
