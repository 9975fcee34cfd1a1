/** The link a printed coverage report carries (loaded with the report, not at start-up). */
import { paramsToURL, type CoverageParams } from '../domain/coverage/params-url';
import type { Locale } from '../domain/schema';
import type { LngLat } from '../domain/types';
import { DATA_PARAM, WHAT_IF_PARAM, writeWhatIf } from './what-if-url';

/**
 * The link printed on a coverage report: the Research tab in one language with every parameter
 * written out, the what-if sites and the data version. Imported files cannot travel in a link (the report says so).
 * @example analysisLink('https://example.org/app/', 'th', DEFAULT_PARAMS, []) // 'https://example.org/app/?lang=th&panel=research&cov_t=400&cov_s=25&cov_p=shortest&cov_snap=300&cov_cat=learning'
 */
export function analysisLink(base: string, locale: Locale, params: CoverageParams, whatIf: readonly LngLat[], dataVersion?: string): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  url.searchParams.set('lang', locale);
  url.searchParams.set('panel', 'research');
  for (const [k, v] of paramsToURL(params, true)) url.searchParams.set(k, v);
  const points = writeWhatIf(whatIf);
  if (points) url.searchParams.set(WHAT_IF_PARAM, points);
  // Reopened on other data, the app says the figures may differ.
  if (dataVersion) url.searchParams.set(DATA_PARAM, dataVersion);
  // Commas and semicolons need no escaping in a query; left plain, the link stays readable.
  return url.href.replace(/%2C/g, ',').replace(/%3B/g, ';');
}
