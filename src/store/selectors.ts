/**
 * Named selectors: derived data is computed here, never stored. Selectors passed to `useAppStore`
 * must return stable references (zustand compares with Object.is), so derived values are memoised
 * on their inputs.
 */
import { sitesAlongCanal } from '../domain/along';
import type { LoadIssue } from '../domain/load';
import type { SiteFeature, WaterwayFeature } from '../domain/schema';
import type { AppState } from './index';

/** Memoises `compute` on the identity of the inputs `pick` returns. */
export function memo<I extends unknown[], R>(pick: (s: AppState) => readonly [...I], compute: (...inputs: I) => R) {
  let last: I | null = null;
  let result: R;
  return (s: AppState): R => {
    const inputs = pick(s);
    if (!last || inputs.some((v, i) => v !== last![i])) {
      last = [...inputs] as I;
      result = compute(...last);
    }
    return result;
  };
}

export const selectSites = (s: AppState) => s.data.sites.value;
export const selectWaterways = (s: AppState) => s.data.waterways.value;

export const selectVisibleSites = memo(
  (s) => [s.data.sites.value, s.categories, s.themes, s.statuses] as const,
  (sites, categories, themes, statuses): SiteFeature[] =>
    sites.filter(
      (f) =>
        categories.includes(f.properties.category) &&
        statuses.includes(f.properties.status) &&
        (themes.length === 0 || f.properties.themes.some((t) => themes.includes(t))),
    ),
);

export const selectVisibleWaterways = memo(
  (s) => [s.data.waterways.value, s.kinds] as const,
  (waterways, kinds): WaterwayFeature[] => waterways.filter((w) => kinds.includes(w.properties.kind)),
);

export const selectLoadIssues = memo(
  (s) => [s.data] as const,
  (data): LoadIssue[] => [...data.sites.issues, ...data.waterways.issues],
);

export const selectMainStem = memo(
  (s) => [s.data.waterways.value] as const,
  (waterways) => waterways.find((w) => w.properties.kind === 'main-stem'),
);

/** Each site's position along the canal (north to south), computed once, not each time the list mounts. */
export const selectCanalPositions = memo(
  (s) => [s.data.sites.value, selectMainStem(s)] as const,
  (sites, canal): ReturnType<typeof sitesAlongCanal> => (canal ? sitesAlongCanal(sites, canal) : new Map()),
);

