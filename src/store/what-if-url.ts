/**
 * What-if sites in a link, so a shared or printed analysis reopens with them:
 * `cov_w=98.99512,18.78901;98.98701,18.77002` (longitude, latitude; 5 decimals, about 1 m).
 * Parsing is an edge: a pair that is not two plain decimal numbers inside the study area is
 * named and left out; the rest are kept, at most MAX_WHAT_IF.
 */
import { STUDY_AREA } from '../domain/vocab';
import type { LngLat } from '../domain/types';

export const WHAT_IF_PARAM = 'cov_w';
/** The data version a report's link was made with (`data=326be1d2fa`). */
export const DATA_PARAM = 'data';
export const MAX_WHAT_IF = 10;

const DECIMAL = /^-?\d{1,3}(\.\d{1,7})?$/;

/**
 * One `longitude,latitude` pair of a link: two plain decimals inside the study area, or null.
 * @example parsePoint('98.99512,18.78901') // [98.99512, 18.78901]
 */
export function parsePoint(pair: string): LngLat | null {
  const [lon, lat, extra] = pair.split(',');
  if (extra !== undefined || lon === undefined || lat === undefined || !DECIMAL.test(lon) || !DECIMAL.test(lat)) return null;
  const at: LngLat = [Number(lon), Number(lat)];
  const inside = at[0] >= STUDY_AREA.west && at[0] <= STUDY_AREA.east && at[1] >= STUDY_AREA.south && at[1] <= STUDY_AREA.north;
  return inside ? at : null;
}

/** A point as a link writes it: 5 decimals (about 1 m). @example writePoint([98.995123456, 18.789]) // '98.99512,18.789' */
export const writePoint = ([lon, lat]: LngLat): string => `${Number(lon.toFixed(5))},${Number(lat.toFixed(5))}`;

/**
 * @example parseWhatIf('98.99512,18.78901;abc') // { points: [[98.99512, 18.78901]], bad: ['abc'] }
 */
export function parseWhatIf(value: string | null): { points: LngLat[]; bad: string[] } {
  if (value === null) return { points: [], bad: [] };
  const points: LngLat[] = [];
  const bad: string[] = [];
  for (const pair of value.split(';').map((p) => p.trim()).filter(Boolean)) {
    const at = parsePoint(pair);
    if (at && points.length < MAX_WHAT_IF) points.push(at);
    else bad.push(pair);
  }
  return { points, bad };
}

/**
 * @example writeWhatIf([[98.995123456, 18.789]]) // '98.99512,18.789'
 */
export function writeWhatIf(points: readonly LngLat[]): string | null {
  if (points.length === 0) return null;
  return points.map(writePoint).join(';');
}
