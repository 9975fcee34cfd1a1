/**
 * Reading coordinates and recognising the usual ways they are wrong: UTM metres instead of degrees,
 * latitude and longitude swapped, a point outside Thailand or outside the study area.
 */
import type { LngLat } from '../types';
import { insideBbox, STUDY_BBOX, THAILAND } from './bounds';

const DOT_DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;

/**
 * A number in decimal degrees (or metres) from a cell, or null. `decimalComma` also accepts `18,78`
 * (only sensible when the delimiter is not a comma). No `NaN`, `Infinity`, hex or thousands separators.
 * @example parseCoordinate(' 18.788 ') // 18.788
 * @example parseCoordinate('18,788', true) // 18.788
 */
export function parseCoordinate(raw: string, decimalComma = false): number | null {
  const text = raw.trim().replace(/^\u2212/, '-');
  let n: number | null = null;
  if (DOT_DECIMAL.test(text)) n = Number(text);
  else if (decimalComma && COMMA_DECIMAL.test(text)) n = Number(text.replace(',', '.'));
  return n !== null && Number.isFinite(n) ? n : null;
}

/** What a latitude/longitude pair turned out to be. */
export type Located =
  | { kind: 'inside'; point: LngLat }
  | { kind: 'outsideStudyArea'; point: LngLat }
  | { kind: 'swapped'; point: LngLat }
  | { kind: 'utm' }
  | { kind: 'latOutOfRange' }
  | { kind: 'lonOutOfRange' }
  | { kind: 'outsideThailand' };

const EASTING = (v: number) => v >= 100_000 && v <= 900_000;
const NORTHING = (v: number) => v >= 0 && v <= 9_400_000;

/**
 * Classifies a pair read as (latitude, longitude). `swapped` carries the corrected point.
 * @example locate(18.79, 98.99) // { kind: 'inside', point: [98.99, 18.79] }
 * @example locate(98.99, 18.79) // { kind: 'swapped', point: [98.99, 18.79] }
 * @example locate(2078000, 498000) // { kind: 'utm' }
 */
export function locate(lat: number, lon: number): Located {
  const point: LngLat = [lon, lat];
  if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    if (insideBbox(point, STUDY_BBOX)) return { kind: 'inside', point };
    if (insideBbox(point, THAILAND)) return { kind: 'outsideStudyArea', point };
  }
  const flipped: LngLat = [lat, lon];
  if (insideBbox(flipped, THAILAND)) return { kind: 'swapped', point: flipped };
  if ((EASTING(lon) && NORTHING(lat)) || (EASTING(lat) && NORTHING(lon))) return { kind: 'utm' };
  if (!(Math.abs(lat) <= 90)) return { kind: 'latOutOfRange' };
  if (!(Math.abs(lon) <= 180)) return { kind: 'lonOutOfRange' };
  return { kind: 'outsideThailand' };
}
