/**
 * Coverage selectors (loaded with the Research tab): which sites count, and the straight-line
 * comparison. The network coverage itself comes from the worker (see store/coverage-run.ts).
 */
import { DEFAULT_PARAMS, siteCounts } from '../domain/coverage/params';
import { measuredWaterways } from '../domain/coverage/sample';
import { overstatement, straightLineCoverage } from '../domain/coverage/straight';
import type { LngLat } from '../domain/types';
import type { AppState } from './index';
import { memo } from './selectors';

/**
 * The sites that count: the built-in ones and/or the researcher's own, under one rule (the chosen
 * categories, themes and statuses; see `siteCounts` for a row without a category).
 */
export const selectCountedSites = memo(
  (s) => [s.data.sites.value, s.coverageParams.sites, s.ownSites] as const,
  (sites, counted, own): { id: string; point: LngLat }[] => {
    const counts = siteCounts({ ...DEFAULT_PARAMS, sites: counted });
    const builtIn = own?.mode === 'replace' ? [] : sites.filter(counts);
    const imported = (own?.sites ?? []).filter((x) => counts({ properties: x }));
    return [
      ...builtIn.map((x) => ({ id: x.properties.id, point: x.geometry.coordinates })),
      ...imported.map((x) => ({ id: x.id, point: x.point })),
    ];
  },
);

/** The waterways coverage measures: the main stem first; the Ping, drawn as context, is not measured. */
export const selectMeasuredWaterways = memo(
  (s) => [s.data.waterways.value] as const,
  (waterways) => measuredWaterways(waterways),
);

/** Coverage as the crow flies from the same sites (counted + what-if): the panel's comparison and the report's. */
export const selectStraightComparison = memo(
  (s) => [s.coverage?.coverage ?? null, selectCountedSites(s), s.candidates] as const,
  (coverage, sites, candidates) => {
    if (!coverage) return null;
    const points = [...sites.map((x) => x.point), ...candidates.map((c) => c.point)];
    const straight = straightLineCoverage(coverage.samples, points, coverage.options.threshold);
    return { straight, overstatement: overstatement(coverage, straight) };
  },
);

/** The comparison when the panel shows it. */
export const selectStraight = (s: AppState) => (s.compareStraight ? selectStraightComparison(s) : null);
