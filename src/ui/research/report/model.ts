/**
 * Everything the coverage report prints, gathered from the store's one coverage result (the
 * panel's figures, not a second run) and the domain's report helpers: the headline, the rows per
 * waterway, the gaps with the places at their ends, the suggestions with where they lie, the
 * straight-line comparison, the sites counted, the researcher's own data and what-if sites.
 */
import { placeLandmarks } from '../../../data/places';
import { gapEnds, gapPoints, headline, nearestNamed, whereOnWaterway, type Headline, type NamedPlace, type OnWaterway, type ReportLandmark } from '../../../domain/coverage/report';
import { overstatement, straightLineCoverage, type Overstatement } from '../../../domain/coverage/straight';
import type { Coverage, Gap, WaterwayCoverage } from '../../../domain/coverage/types';
import type { Confidence, Locale, Localized, SiteFeature, Status, WaterwayFeature } from '../../../domain/schema';
import type { LngLat } from '../../../domain/types';
import type { PlacedCandidate } from '../../../domain/coverage/session';
import type { OwnNetwork, OwnSites, SuggestedSite } from '../../../store/research-slice';

/** Per language: a place is named only in the reader's script (as in the walking directions). */
export type ByLocale<T> = Record<Locale, T>;
export type ReportGap = Gap & { points: [LngLat, LngLat]; ends: ByLocale<[NamedPlace | null, NamedPlace | null]> };
export type ReportSuggestion = { n: number; point: LngLat; gain: number; on: OnWaterway | null; near: ByLocale<NamedPlace | null> };
export type ReportWhatIf = { n: number; point: LngLat; attached: boolean; near: ByLocale<NamedPlace | null> };

/** A site the analysis counted: a built-in one, or one from the researcher's file (no confidence given). */
export type ReportSite = { id: string; name: Localized; status: Status; confidence: Confidence | null; source: string; imported: boolean };

export type ReportModel = {
  coverage: Coverage;
  main: Headline | null;
  /** Measured waterways, the main stem first (the coverage's own order). */
  rows: (WaterwayCoverage & { straight: Overstatement | null })[];
  gaps: ReportGap[];
  suggestions: ReportSuggestion[];
  whatIf: ReportWhatIf[];
  counted: ReportSite[];
  own: { sites: OwnSites | null; network: OwnNetwork | null };
};

export type ReportInputs = {
  coverage: Coverage;
  candidates: readonly PlacedCandidate[];
  suggestions: readonly SuggestedSite[];
  sites: readonly SiteFeature[];
  waterways: readonly WaterwayFeature[];
  countedIds: ReadonlySet<string>;
  ownSites: OwnSites | null;
  ownNetwork: OwnNetwork | null;
};

const pick = ({ id, name, status, confidence, source }: SiteFeature['properties']) => ({ id, name, status, confidence, source });

/**
 * @example const model = reportModel({ coverage, candidates, suggestions, sites, waterways, countedIds, ownSites: null, ownNetwork: null });
 */
export function reportModel(input: ReportInputs): ReportModel {
  const { coverage } = input;
  const sites: ReportLandmark[] = input.sites.map((s) => ({ name: s.properties.name, point: s.geometry.coordinates }));
  const landmarks: ByLocale<ReportLandmark[]> = { th: [...sites, ...placeLandmarks('th')], en: [...sites, ...placeLandmarks('en')] };
  const byLocale = <T>(f: (l: readonly ReportLandmark[]) => T): ByLocale<T> => ({ th: f(landmarks.th), en: f(landmarks.en) });
  const near = (point: LngLat) => byLocale((l) => nearestNamed(point, l));
  const mainId = input.waterways.find((w) => w.properties.kind === 'main-stem')?.properties.id;
  // The straight-line comparison from the same samples and sites (as the panel's, when shown).
  const points = coverage.sites.map((p) => p.point);
  const straight = overstatement(coverage, straightLineCoverage(coverage.samples, points, coverage.options.threshold));
  return {
    coverage,
    main: headline(coverage, mainId),
    rows: coverage.waterways.map((w) => ({ ...w, straight: straight.find((o) => o.waterway === w.waterway) ?? null })),
    gaps: coverage.waterways.flatMap((w) => w.gaps.map((g) => ({ ...g, points: gapPoints(coverage, g), ends: byLocale((l) => gapEnds(coverage, g, l)) }))),
    suggestions: input.suggestions.map((s, i) => ({ n: i + 1, point: s.point, gain: s.gain, on: whereOnWaterway(coverage, s.point), near: near(s.point) })),
    whatIf: input.candidates.map((c, i) => ({ n: i + 1, point: c.point, attached: !('reason' in c.place), near: near(c.point) })),
    counted: [
      ...input.sites
        .filter((s) => input.countedIds.has(s.properties.id))
        .map((s): ReportSite => ({ ...pick(s.properties), imported: false })),
      ...(input.ownSites?.sites ?? []).map((s): ReportSite => ({ id: s.id, name: s.name, status: s.status, confidence: null, source: s.source, imported: true })),
    ],
    own: { sites: input.ownSites, network: input.ownNetwork },
  };
}
