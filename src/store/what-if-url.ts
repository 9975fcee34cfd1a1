/**
 * What-if sites in a link, so a shared or printed analysis reopens with them:
 * `cov_w=98.99512,18.78901;98.98701,18.77002` (longitude, latitude; 5 decimals, about 1 m).
 * Parsing is an edge: a pair that is not two plain decimal numbers inside the study area is
 * named and left out; the rest are kept, at most MAX_WHAT_IF.
 */
import { paramsToURL, type CoverageParams } from '../domain/coverage/params-url';
import type { Locale } from '../domain/schema';
import { STUDY_AREA } from '../domain/vocab';
import type { LngLat } from '../domain/types';

export const WHAT_IF_PARAM = 'cov_w';
export const MAX_WHAT_IF = 10;

const DECIMAL = /^-?\d{1,3}(\.\d{1,7})?$/;

/**
 * @example parseWhatIf('98.99512,18.78901;abc') // { points: [[98.99512, 18.78901]], bad: ['abc'] }
 */
export function parseWhatIf(value: string | null): { points: LngLat[]; bad: string[] } {
  if (value === null) return { points: [], bad: [] };
  const points: LngLat[] = [];
  const bad: string[] = [];
  for (const pair of value.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [lon, lat, extra] = pair.split(',');
    const ok = extra === undefined && lon !== undefined && lat !== undefined && DECIMAL.test(lon) && DECIMAL.test(lat);
    const at: LngLat = [Number(lon), Number(lat)];
    const inside = ok && at[0] >= STUDY_AREA.west && at[0] <= STUDY_AREA.east && at[1] >= STUDY_AREA.south && at[1] <= STUDY_AREA.north;
    if (inside && points.length < MAX_WHAT_IF) points.push(at);
    else bad.push(pair);
  }
  return { points, bad };
}

/**
 * @example writeWhatIf([[98.995123456, 18.789]]) // '98.99512,18.789'
 */
export function writeWhatIf(points: readonly LngLat[]): string | null {
  if (points.length === 0) return null;
  return points.map(([lon, lat]) => `${Number(lon.toFixed(5))},${Number(lat.toFixed(5))}`).join(';');
}

/**
 * The link printed on a coverage report: the Research tab in one language with every parameter
 * written out and the what-if sites. Imported files cannot travel in a link (the report says so).
 * @example analysisLink('https://example.org/app/', 'th', DEFAULT_PARAMS, []) // 'https://example.org/app/?lang=th&panel=research&cov_t=400&cov_s=25&cov_p=shortest&cov_snap=300&cov_cat=learning'
 */
export function analysisLink(base: string, locale: Locale, params: CoverageParams, whatIf: readonly LngLat[]): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('lang', locale);
  url.searchParams.set('panel', 'research');
  for (const [k, v] of paramsToURL(params, true)) url.searchParams.set(k, v);
  const points = writeWhatIf(whatIf);
  if (points) url.searchParams.set(WHAT_IF_PARAM, points);
  // Commas and semicolons need no escaping in a query; left plain, the link stays readable.
  return url.href.replace(/%2C/g, ',').replace(/%3B/g, ';');
}
