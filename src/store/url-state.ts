/**
 * The shareable part of the view lives in the URL: language, selection and filters. Parsing is an
 * edge: unknown values are dropped one by one and reported, and the rest of the link still applies.
 */
import type { Walk } from '../domain/schema';
import { CATEGORIES, LOCALES, STATUSES, THEMES, WATERWAY_KINDS, type Locale } from '../domain/vocab';
import { DEFAULT_FILTERS, type Filters } from './filters-slice';
import type { Origin, Selection } from './ui-slice';
import { parseWalkParams, writeWalkParams, type WalkUrl } from './walk-url';
import { DEFAULT_PARAMS, paramsFromURL, paramsToURL, type CoverageParams } from '../domain/coverage/params-url';
import type { Panel, WalkPlan } from './walk-slice';
import { parseTripParams, writeTripParams, type TripUrl } from './trip-url';
import { DATA_PARAM, parseWhatIf, WHAT_IF_PARAM, writeWhatIf } from './what-if-url';
import type { LngLat } from '../domain/types';

export type UrlState = { locale?: Locale; selection: Selection; filters: Partial<Filters>; coverageParams?: CoverageParams } & WalkUrl & {
  tripLink: TripUrl['tripLink'];
  tripEdit: boolean;
  /** What-if sites of a research link (`cov_w`). */
  whatIf?: LngLat[];
};
export type UrlProblem = { param: string; values: string[] };

const list = (v: string | null): string[] | null => (v === null ? null : v.split(',').map((s) => s.trim()).filter(Boolean));

function pick<T extends string>(raw: string[], allowed: readonly T[]): { ok: T[]; bad: string[] } {
  const ok = raw.filter((v): v is T => (allowed as readonly string[]).includes(v));
  return { ok: [...new Set(ok)], bad: raw.filter((v) => !(allowed as readonly string[]).includes(v)) };
}

const PARAMS = {
  cats: ['categories', CATEGORIES],
  themes: ['themes', THEMES],
  status: ['statuses', STATUSES],
  ways: ['kinds', WATERWAY_KINDS],
} as const;

/**
 * @example parseUrlState('?lang=en&site=wat-hua-fai&cats=learning', ids) // { locale: 'en', selection: {type:'site', id:'wat-hua-fai'}, ... }
 */
export function parseUrlState(
  search: string,
  known: { sites: ReadonlySet<string>; waterways: ReadonlySet<string>; walks?: readonly Walk[]; dataVersion?: string },
): { value: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  // A parameter given twice: the first is read (as everywhere below), and the link says so.
  const names = [...params.keys()];
  const repeated = [...new Set(names.filter((k, i) => names.indexOf(k) !== i))];
  if (repeated.length) problems.push({ param: 'repeated', values: repeated });
  // A printed report's link names the data it was made with: other data may give other figures.
  const madeWith = params.get(DATA_PARAM);
  if (madeWith !== null && known.dataVersion !== undefined && madeWith !== known.dataVersion) problems.push({ param: 'dataVersion', values: [madeWith, known.dataVersion] });
  const filters: Partial<Filters> = {};
  for (const [param, [key, allowed]] of Object.entries(PARAMS)) {
    const raw = list(params.get(param));
    if (raw === null) continue;
    const { ok, bad } = pick(raw, allowed as readonly string[]);
    if (bad.length) problems.push({ param, values: bad });
    (filters as Record<string, string[]>)[key] = ok;
  }
  const lang = params.get('lang');
  let locale: Locale | undefined;
  if (lang !== null) {
    if ((LOCALES as readonly string[]).includes(lang)) locale = lang as Locale;
    else problems.push({ param: 'lang', values: [lang] });
  }
  let selection: Selection = null;
  const site = params.get('site');
  const way = params.get('way');
  if (site !== null) {
    if (known.sites.has(site)) selection = { type: 'site', id: site };
    else problems.push({ param: 'site', values: [site] });
  } else if (way !== null) {
    if (known.waterways.has(way)) selection = { type: 'waterway', id: way };
    else problems.push({ param: 'way', values: [way] });
  }
  const walk = parseWalkParams(params, { sites: known.sites, walks: known.walks ?? [] });
  problems.push(...walk.problems);
  // Field trip: `?trip=` opens the Field trip tab (decoded there, with unknown sites named).
  const trip = parseTripParams(params);
  // Research: `cov_*` parameters (threshold, spacing, which sites count) repeat a coverage run.
  let coverageParams: CoverageParams | undefined;
  if ([...params.keys()].some((k) => k.startsWith('cov_') && k !== WHAT_IF_PARAM)) {
    const parsed = paramsFromURL(params);
    if (parsed.ok) coverageParams = parsed.params;
    else problems.push({ param: 'coverage', values: parsed.issues.map((i) => i.path || i.detail) });
  }
  const whatIf = parseWhatIf(params.get(WHAT_IF_PARAM));
  if (whatIf.bad.length) problems.push({ param: 'whatIf', values: whatIf.bad });
  const research = coverageParams !== undefined || params.has(WHAT_IF_PARAM);
  const panel = trip.panel ?? walk.value.panel ?? (research ? 'research' : undefined);
  return {
    value: {
      locale,
      selection,
      filters,
      ...walk.value,
      panel,
      tripLink: trip.tripLink,
      tripEdit: trip.tripEdit,
      ...(coverageParams ? { coverageParams } : {}),
      ...(whatIf.points.length ? { whatIf: whatIf.points } : {}),
    },
    problems,
  };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

/** Writes only what differs from the defaults, so links stay short. */
export function toUrlSearch(
  state: {
    locale: Locale;
    selection: Selection;
    walk?: WalkPlan;
    panel?: Panel;
    tripLink?: string | null;
    tripView?: 'itinerary' | 'plan';
    coverageParams?: CoverageParams;
    candidates?: readonly { point: LngLat }[];
    origin?: Origin | null;
  } & Filters,
): string {
  const params = new URLSearchParams();
  params.set('lang', state.locale);
  if (state.selection) params.set(state.selection.type === 'site' ? 'site' : 'way', state.selection.id);
  for (const [param, [key]] of Object.entries(PARAMS)) {
    const value = state[key] as readonly string[];
    if (!same(value, DEFAULT_FILTERS[key] as readonly string[])) params.set(param, value.join(','));
  }
  if (state.walk && state.panel) writeWalkParams(params, state.walk, state.panel, state.origin ?? null);
  if (state.panel === 'research' && state.coverageParams && state.coverageParams !== DEFAULT_PARAMS) {
    for (const [k, v] of paramsToURL(state.coverageParams)) params.set(k, v);
  }
  const whatIf = state.panel === 'research' ? writeWhatIf((state.candidates ?? []).map((c) => c.point)) : null;
  if (whatIf) params.set(WHAT_IF_PARAM, whatIf);
  if (state.panel) writeTripParams(params, state.tripLink ?? null, state.panel, state.tripView === 'plan'); // Field trip
  // Commas and semicolons are safe in a query string and keep links readable.
  return `?${params.toString().replace(/%2C/g, ',').replace(/%3B/g, ';')}`;
}
