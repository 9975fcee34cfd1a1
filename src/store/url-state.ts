/**
 * The shareable part of the view lives in the URL: language, selection and filters. Parsing is an
 * edge: unknown values are dropped one by one and reported, and the rest of the link still applies.
 */
import type { Walk } from '../domain/schema';
import { CATEGORIES, LOCALES, STATUSES, THEMES, WATERWAY_KINDS, type Locale } from '../domain/vocab';
import { DEFAULT_FILTERS, type Filters } from './filters-slice';
import type { Selection } from './ui-slice';
import type { WalkUrl } from './walk-url';
import type { CoverageParams } from '../domain/coverage/params-url';
import { PANELS, type Panel } from './walk-slice';
import type { TripUrl } from './trip-url';
import { DATA_PARAM } from './what-if-url';
import type { LngLat } from '../domain/types';
import { MODE_LINKS, PANEL_PARAM, type LinkState } from './mode-links';

export type UrlState = { locale?: Locale; selection: Selection; filters: Partial<Filters>; coverageParams?: CoverageParams; panel?: Panel } & WalkUrl & {
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
  // Each mode reads its own parameters (store/mode-links.ts); the link opens the mode it asks for
  // most strongly, an explicit `panel=` counting as PANEL_PARAM.
  const panelParam = params.get('panel');
  const modes: Partial<UrlState> = {};
  let panel: Panel | undefined;
  let strongest = 0;
  for (const mode of PANELS) {
    const read = MODE_LINKS[mode].read(params, { sites: known.sites, walks: known.walks ?? [] });
    problems.push(...read.problems);
    Object.assign(modes, read.value);
    const opens = Math.max(read.opens, panelParam === mode ? PANEL_PARAM : 0);
    if (opens > strongest) [panel, strongest] = [mode, opens];
  }
  return {
    value: {
      locale,
      selection,
      filters,
      walk: {},
      tripLink: null,
      tripEdit: false,
      ...modes,
      panel,
    },
    problems,
  };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

/** Writes only what differs from the defaults, so links stay short. */
export function toUrlSearch(
  state: { locale: Locale; selection: Selection; panel?: Panel } & LinkState & Filters,
): string {
  const params = new URLSearchParams();
  params.set('lang', state.locale);
  if (state.selection) params.set(state.selection.type === 'site' ? 'site' : 'way', state.selection.id);
  for (const [param, [key]] of Object.entries(PARAMS)) {
    const value = state[key] as readonly string[];
    if (!same(value, DEFAULT_FILTERS[key] as readonly string[])) params.set(param, value.join(','));
  }
  // The open mode's own parameters (store/mode-links.ts), and `panel=` when they do not name it.
  if (state.panel && state.panel !== 'explore') {
    const own = new URLSearchParams();
    if (!MODE_LINKS[state.panel].write(own, state)) params.set('panel', state.panel);
    for (const [k, v] of own) params.set(k, v);
  }
  // Commas and semicolons are safe in a query string and keep links readable.
  return `?${params.toString().replace(/%2C/g, ',').replace(/%3B/g, ';')}`;
}
