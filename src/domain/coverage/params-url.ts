/**
 * The coverage parameters that start-up needs, without the validator: the defaults, the bounds,
 * and the `cov_*` link parameters (see `params.ts` for the keys). The schema in `params.ts` is
 * built from the same bounds and lists; `checkParams` mirrors it by hand (a test holds the two
 * to the same verdicts), so a link is checked without loading zod.
 */
import { PROFILES, PROFILES_WITHOUT_DATA } from '../network/types';
import { meters } from '../types';
import { CATEGORIES, STATUSES, THEMES } from '../vocab';
import type { SiteFeature } from '../schema';
import type { CoverageParams } from './params';

export type { CoverageParams } from './params';

export const PARAMS_VERSION = 1;

/** Walking distance within which a site covers the canal, in metres. */
export const THRESHOLD_RANGE = { min: meters(100), max: meters(1500) } as const;
/** Distance between samples along the canal, in metres. */
export const SPACING_RANGE = { min: meters(5), max: meters(500) } as const;
/** Farthest a sample may be from the walking network and still be measured, in metres. */
export const MAX_SNAP_RANGE = { min: meters(10), max: meters(1000) } as const;

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

const list = (xs: readonly string[]) => xs.join(',');

/**
 * URL query parameters for a run; only values differing from the defaults are written, unless
 * `explicit` (a printed report's link writes every value, so a later change of the defaults does
 * not change what it reopens).
 * @example paramsToURL({ ...DEFAULT_PARAMS, threshold: 800 }).toString() // 'cov_t=800'
 */
export function paramsToURL(params: CoverageParams, explicit = false): URLSearchParams {
  const d = DEFAULT_PARAMS;
  const q = new URLSearchParams();
  if (explicit || params.threshold !== d.threshold) q.set('cov_t', String(params.threshold));
  if (explicit || params.spacing !== d.spacing) q.set('cov_s', String(params.spacing));
  if (explicit || params.profile !== d.profile) q.set('cov_p', params.profile);
  if (explicit || params.maxSnap !== d.maxSnap) q.set('cov_snap', String(params.maxSnap));
  if (explicit || list(params.sites.categories) !== list(d.sites.categories)) q.set('cov_cat', list(params.sites.categories));
  if (params.sites.themes.length) q.set('cov_th', list(params.sites.themes));
  if (params.sites.statuses.length) q.set('cov_st', list(params.sites.statuses));
  return q;
}

/** A decimal number as a person writes it ("800", "12.5"); anything else ("0x320", "1e3", "") is not a number. */
const num = (v: string | null) => (v === null ? undefined : /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN);
const items = (v: string | null) => (v === null ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean));

/** What a link asks for, with absent keys at their defaults; not yet checked. */
export type ParamsCandidate = {
  version: number;
  threshold: number;
  spacing: number;
  profile: string;
  maxSnap: number;
  sites: { categories: string[]; themes: string[]; statuses: string[] };
};

/**
 * @example paramsCandidate(new URLSearchParams('cov_t=50')).threshold // 50
 */
export function paramsCandidate(q: URLSearchParams): ParamsCandidate {
  const d = DEFAULT_PARAMS;
  return {
    version: PARAMS_VERSION,
    threshold: num(q.get('cov_t')) ?? d.threshold,
    spacing: num(q.get('cov_s')) ?? d.spacing,
    profile: q.get('cov_p') ?? d.profile,
    maxSnap: num(q.get('cov_snap')) ?? d.maxSnap,
    sites: {
      categories: items(q.get('cov_cat')) ?? [...d.sites.categories],
      themes: items(q.get('cov_th')) ?? [...d.sites.themes],
      statuses: items(q.get('cov_st')) ?? [...d.sites.statuses],
    },
  };
}

/**
 * The `CoverageParams` schema's verdict on a candidate, by hand: the same bounds and lists, and
 * the same issue paths (`threshold`, `sites.categories`, `sites.themes.1`…).
 * @example checkParams({ ...candidate, threshold: 50 }) // { ok: false, issues: [{ path: 'threshold', … }] }
 */
export function checkParams(c: ParamsCandidate): ParamsResult {
  const issues: ParamsIssue[] = [];
  const fail = (path: string, detail: string) => issues.push({ key: 'coverage.params.invalid', path, detail });
  const range = (path: 'threshold' | 'spacing' | 'maxSnap', { min, max }: { min: number; max: number }) => {
    const v = c[path];
    if (!Number.isFinite(v) || v < min || v > max) fail(path, `expected a number from ${min} to ${max}`);
  };
  const oneOf = (path: string, allowed: readonly string[], values: readonly string[]) =>
    values.forEach((v, i) => {
      if (!allowed.includes(v)) fail(`${path}.${i}`, `expected one of ${allowed.join(', ')}`);
    });
  if (c.version !== PARAMS_VERSION) fail('version', `expected ${PARAMS_VERSION}`);
  range('threshold', THRESHOLD_RANGE);
  range('spacing', SPACING_RANGE);
  // A route type without data (shade) would silently shrink coverage: it is refused like an unknown one.
  const usable = PROFILES.filter((p) => !PROFILES_WITHOUT_DATA.includes(p));
  if (!(usable as readonly string[]).includes(c.profile)) fail('profile', `expected one of ${usable.join(', ')}`);
  range('maxSnap', MAX_SNAP_RANGE);
  oneOf('sites.categories', CATEGORIES, c.sites.categories);
  if (c.sites.categories.length === 0) fail('sites.categories', 'expected at least one category');
  oneOf('sites.themes', THEMES, c.sites.themes);
  oneOf('sites.statuses', STATUSES, c.sites.statuses);
  return issues.length ? { ok: false, issues } : { ok: true, params: c as CoverageParams };
}

/**
 * Parameters from a URL query (a string like `?cov_t=800` or URLSearchParams); absent keys take
 * the defaults; a bad value is an issue (the caller may keep the defaults and say so).
 * @example paramsFromURL('?cov_t=800&cov_cat=learning,economy') // { ok: true, params: { threshold: 800, … } }
 */
export function paramsFromURL(search: string | URLSearchParams): ParamsResult {
  return checkParams(paramsCandidate(typeof search === 'string' ? new URLSearchParams(search) : search));
}

/**
 * Whether a site counts under the parameters: its category is chosen, and (when themes or
 * statuses are chosen) it has one of the themes and one of the statuses. A site without a category
 * (an imported row whose file gives none) passes the category filter while any category is chosen.
 * @example sites.filter(siteCounts(DEFAULT_PARAMS)) // the learning sites
 */
export const siteCounts =
  (params: CoverageParams) =>
  (site: { properties: { category?: SiteFeature['properties']['category'] } & Pick<SiteFeature['properties'], 'themes' | 'status'> }): boolean => {
    const p = site.properties;
    const { categories, themes, statuses } = params.sites;
    const category = p.category === undefined ? categories.length > 0 : categories.includes(p.category);
    return category && (themes.length === 0 || p.themes.some((t) => themes.includes(t))) && (statuses.length === 0 || statuses.includes(p.status));
  };

