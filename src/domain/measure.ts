/** Measurements of the data's geometry, in metres. */
import length from '@turf/length';
import type { WaterwayFeature } from './schema';
import { meters, type Meters } from './types';

/**
 * Length of a waterway along its drawn course.
 * @example waterwayLength(maeKha) // ≈ 14 200 (m)
 */
export function waterwayLength(waterway: WaterwayFeature): Meters {
  return meters(length(waterway, { units: 'meters' }));
}
