/**
 * The parameters of a coverage run, so a run can be repeated: as JSON (a download) and in the URL.
 * Parsing is an edge: it returns the parameters or named issues, never throws.
 *
 * URL keys (all optional; absent → default):
 *   cov_t     threshold, metres (100–1500)          cov_t=400
 *   cov_s     sample spacing, metres (5–500)        cov_s=25
 *   cov_p     profile                               cov_p=shortest
 *   cov_snap  max sample–network distance, metres   cov_snap=300
 *   cov_cat   site categories, comma-separated      cov_cat=learning,environment
 *   cov_th    site themes (any of them; empty: all) cov_th=water,history
 *   cov_st    site statuses (empty: all)            cov_st=verified
 */
import { z } from 'zod/mini';
import { PROFILES } from '../network/types';
import { CATEGORIES, STATUSES, THEMES, type SiteFeature } from '../schema';
import { meters } from '../types';

export const PARAMS_VERSION = 1;

const Metres = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

export const CoverageParams = z.object({
  version: z.literal(PARAMS_VERSION),
  threshold: Metres(100, 1500),
  spacing: Metres(5, 500),
  profile: z.enum(PROFILES),
  maxSnap: Metres(10, 1000),
  sites: z.object({
    categories: z.array(z.enum(CATEGORIES)).check(z.minLength(1)),
    themes: z.array(z.enum(THEMES)),
    statuses: z.array(z.enum(STATUSES)),
  }),
});
export type CoverageParams = z.infer<typeof CoverageParams>;

export const DEFAULT_PARAMS: CoverageParams = Object.freeze({
  version: PARAMS_VERSION,
  threshold: 400,
  spacing: 25,
  profile: 'shortest',
  maxSnap: 300,
  sites: Object.freeze({ categories: ['learning'], themes: [], statuses: [] }),
}) as CoverageParams;

export type ParamsIssue = { key: 'coverage.params.invalid' | 'coverage.params.notJson'; path: string; detail: string };
export type ParamsResult = { ok: true; params: CoverageParams } | { ok: false; issues: ParamsIssue[] };

/**
 * The parameters as pretty JSON (the parameters download).
 * @example paramsToJSON(DEFAULT_PARAMS) // '{\n  "version": 1,\n  "threshold": 400, …'
 */
export const paramsToJSON = (params: CoverageParams): string => `${JSON.stringify(params, null, 2)}\n`;

/**
 * Parameters from JSON text or an already-parsed value; issues name the field at fault.
 * @example parseParams('{"version":1,"threshold":50}') // { ok: false, issues: [{ path: 'threshold', … }, …] }
 */
export function parseParams(raw: unknown): ParamsResult {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch (err) {
      return { ok: false, issues: [{ key: 'coverage.params.notJson', path: '', detail: err instanceof Error ? err.message : String(err) }] };
    }
  }
  const parsed = CoverageParams.safeParse(value);
  if (parsed.success) return { ok: true, params: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((i) => ({ key: 'coverage.params.invalid', path: i.path.join('.'), detail: i.message })) };
}

const list = (xs: readonly string[]) => xs.join(',');

/**
 * URL query parameters for a run; only values differing from the defaults are written.
 * @example paramsToURL({ ...DEFAULT_PARAMS, threshold: 800 }).toString() // 'cov_t=800'
 */
export function paramsToURL(params: CoverageParams): URLSearchParams {
  const d = DEFAULT_PARAMS;
  const q = new URLSearchParams();
  if (params.threshold !== d.threshold) q.set('cov_t', String(params.threshold));
  if (params.spacing !== d.spacing) q.set('cov_s', String(params.spacing));
  if (params.profile !== d.profile) q.set('cov_p', params.profile);
  if (params.maxSnap !== d.maxSnap) q.set('cov_snap', String(params.maxSnap));
  if (list(params.sites.categories) !== list(d.sites.categories)) q.set('cov_cat', list(params.sites.categories));
  if (params.sites.themes.length) q.set('cov_th', list(params.sites.themes));
  if (params.sites.statuses.length) q.set('cov_st', list(params.sites.statuses));
  return q;
}

const num = (v: string | null) => (v === null ? undefined : v.trim() === '' ? NaN : Number(v));
const items = (v: string | null) => (v === null ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean));

/**
 * Parameters from a URL query (a string like `?cov_t=800` or URLSearchParams); absent keys take
 * the defaults; a bad value is an issue (the caller may keep the defaults and say so).
 * @example paramsFromURL('?cov_t=800&cov_cat=learning,economy') // { ok: true, params: { threshold: 800, … } }
 */
export function paramsFromURL(search: string | URLSearchParams): ParamsResult {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const d = DEFAULT_PARAMS;
  return parseParams({
    version: PARAMS_VERSION,
    threshold: num(q.get('cov_t')) ?? d.threshold,
    spacing: num(q.get('cov_s')) ?? d.spacing,
    profile: q.get('cov_p') ?? d.profile,
    maxSnap: num(q.get('cov_snap')) ?? d.maxSnap,
    sites: {
      categories: items(q.get('cov_cat')) ?? d.sites.categories,
      themes: items(q.get('cov_th')) ?? d.sites.themes,
      statuses: items(q.get('cov_st')) ?? d.sites.statuses,
    },
  });
}

/**
 * Whether a site counts under the parameters: its category is chosen, and (when themes or
 * statuses are chosen) it has one of the themes and one of the statuses.
 * @example sites.filter(siteCounts(DEFAULT_PARAMS)) // the learning sites
 */
export const siteCounts =
  (params: CoverageParams) =>
  (site: SiteFeature): boolean => {
    const p = site.properties;
    const { categories, themes, statuses } = params.sites;
    return categories.includes(p.category) && (themes.length === 0 || p.themes.some((t) => themes.includes(t))) && (statuses.length === 0 || statuses.includes(p.status));
  };

/**
 * The options `computeCoverage` takes, from the parameters.
 * @example computeCoverage(network, samples, places, coverageOptions(params))
 */
export const coverageOptions = (params: CoverageParams) => ({ threshold: meters(params.threshold), profile: params.profile, maxSnap: meters(params.maxSnap) });

/** Walking metres in `minutes` at `pace` metres per minute (the threshold may be given as a time). */
export const metresForMinutes = (minutes: number, pace: number) => meters(minutes * pace);
