/**
 * Start-up decisions, kept out of React: which language to open in, what the link asks for, what
 * was remembered, and what to tell the user about the link, the data and the stored preferences.
 */
import { DATA_VERSION, type Dataset } from './data';
import type { Locale } from './domain/schema';
import type { Filters } from './store/filters-slice';
import { readPrefs } from './store/persist';
import type { Notice, Selection } from './store/ui-slice';
import { parseUrlState } from './store/url-state';
import type { Panel, WalkPlan } from './store/walk-slice';
import type { CoverageParams } from './domain/coverage/params';
import type { LngLat } from './domain/types';
import { someOf } from './domain/vocab';

export type Boot = {
  locale: Locale;
  basemap: 'none' | 'osm';
  selection: Selection;
  filters: Partial<Filters>;
  walk: Partial<WalkPlan>;
  panel: Panel;
  coverageParams?: CoverageParams;
  /** What-if sites from a research link. */
  whatIf?: LngLat[];
  /** A walk's start point from the link. */
  origin?: LngLat;
  /** `?trip=` code; the Field trip tab decodes it and names unknown sites in a notice. */
  tripLink: string | null;
  /** The link was the planner's own (`edit=1`): it reopens in the planner, not as the itinerary. */
  tripEdit: boolean;
  notices: Notice[];
};

/** `?lang=` wins, then the remembered choice, then the browser (Thai if it prefers Thai, else English). */
export function boot(search: string, storage: Storage | undefined, navigatorLanguage: string, data: Dataset): Boot {
  const prefs = readPrefs(storage);
  const known = {
    sites: new Set(data.sites.value.map((s) => s.properties.id)),
    waterways: new Set(data.waterways.value.map((w) => w.properties.id)),
    walks: data.walks,
    dataVersion: DATA_VERSION,
  };
  const url = parseUrlState(search, known);
  const locale: Locale =
    url.value.locale ?? prefs.value.locale ?? (navigatorLanguage.toLowerCase().startsWith('th') ? 'th' : 'en');
  const notices: Notice[] = url.problems.map((p) => ({
    id: `bad-link-${p.param}`,
    key: `notice.badLink.${p.param}`,
    values: { values: someOf(p.values), n: p.values[0] ?? '', max: p.values[1] ?? '', from: p.values[0] ?? '', now: p.values[1] ?? '' },
  }));
  if (prefs.corrupt) notices.push({ id: 'prefs-corrupt', key: 'notice.prefsCorrupt' });
  const skipped = data.sites.issues.length + data.waterways.issues.length;
  if (skipped > 0) notices.push({ id: 'data-skipped', key: 'data.skippedNotice', values: { count: skipped } });
  return {
    locale,
    basemap: prefs.value.basemap ?? 'none',
    selection: url.value.selection,
    filters: url.value.filters,
    walk: url.value.walk,
    panel: url.value.panel ?? 'explore',
    coverageParams: url.value.coverageParams,
    whatIf: url.value.whatIf,
    ...(url.value.origin ? { origin: url.value.origin } : {}),
    tripLink: url.value.tripLink,
    tripEdit: url.value.tripEdit,
    notices,
  };
}
