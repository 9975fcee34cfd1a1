/**
 * Everything the coverage report prints, gathered once, when printing starts, from the store's
 * one coverage result (the panel's figures, not a second run) and the domain's report helpers:
 * the headline, the rows per waterway, the gaps with the places at their ends, where each
 * waterway's kilometre 0 is, the suggestions with where they lie, the straight-line comparison
 * (the panel's), the sites counted, the researcher's own data and what-if sites.
 */
import type { CoverageParams } from '../../../domain/coverage/params-url';
import { gapEnds, gapPoints, headline, type Headline, type NamedPlace } from '../../../domain/coverage/report';
import type { CoverageReply } from '../../../domain/coverage/session';
import type { Overstatement } from '../../../domain/coverage/straight';
import type { Coverage, Gap, WaterwayCoverage } from '../../../domain/coverage/types';
import type { Confidence, Localized, SiteFeature, Status, StreetDataBox, WaterwayFeature } from '../../../domain/schema';
import type { LngLat } from '../../../domain/types';
import type { OwnNetwork, OwnSites, SuggestedSite, SuggestRun } from '../../../store/research-slice';
import { landmarksByLocale, locateSuggestions, nearByLocale, type ByLocale, type LocatedSuggestion } from '../locate';

export type { ByLocale } from '../locate';
export type ReportGap = Gap & { points: [LngLat, LngLat]; ends: ByLocale<[NamedPlace | null, NamedPlace | null]> };
/** A suggestion with where it lies, as the panel lists it. */
export type ReportSuggestion = LocatedSuggestion;
export type ReportWhatIf = { n: number; point: LngLat; placed: 'attached' | 'too-far' | 'no-network'; near: ByLocale<NamedPlace | null> };
/** Where a measured waterway's kilometre 0 lies. */
export type ReportOrigin = { waterway: string; point: LngLat; near: ByLocale<NamedPlace | null> };

/** A site the analysis counted: a built-in one, or one from the researcher's file (no confidence given). */
export type ReportSite = { id: string; name: Localized; status: Status; confidence: Confidence | null; source: string; imported: boolean; reached: boolean };

/** What the report is printed from: the store's state when printing starts, held for the whole print. */
export type ReportInputs = {
  reply: CoverageReply;
  params: CoverageParams;
  suggestions: readonly SuggestedSite[];
  suggestRun: SuggestRun;
  /** The panel's straight-line comparison of the same sites and samples. */
  straight: readonly Overstatement[];
  sites: readonly SiteFeature[];
  waterways: readonly WaterwayFeature[];
  countedIds: ReadonlySet<string>;
  ownSites: OwnSites | null;
  ownNetwork: OwnNetwork | null;
  /** Where the app's street data stops (null when an imported network replaces it). */
  streetData: StreetDataBox | null;
};

export type ReportModel = {
  inputs: ReportInputs;
  coverage: Coverage;
  main: Headline | null;
  /** Measured waterways, the main stem first (the coverage's own order). */
  rows: (WaterwayCoverage & { straight: Overstatement | null })[];
  origins: ReportOrigin[];
  gaps: ReportGap[];
  suggestions: ReportSuggestion[];
  whatIf: ReportWhatIf[];
  counted: ReportSite[];
};

const pick = ({ id, name, status, confidence, source }: SiteFeature['properties']) => ({ id, name, status, confidence, source });

/**
 * @example const model = reportModel(captureReport(store.getState()));
 */
export function reportModel(inputs: ReportInputs): ReportModel {
  const { coverage } = inputs.reply;
  const landmarks = landmarksByLocale(inputs.sites);
  const near = (point: LngLat) => nearByLocale(point, landmarks);
  const mainId = inputs.waterways.find((w) => w.properties.kind === 'main-stem')?.properties.id;
  const unreached = new Set(inputs.reply.unattached);
  return {
    inputs,
    coverage,
    main: headline(coverage, mainId),
    rows: coverage.waterways.map((w) => ({ ...w, straight: inputs.straight.find((o) => o.waterway === w.waterway) ?? null })),
    origins: coverage.waterways.flatMap((w) => {
      const first = coverage.samples.find((s) => s.waterway === w.waterway);
      return first ? [{ waterway: w.waterway, point: first.point, near: near(first.point) }] : [];
    }),
    gaps: coverage.waterways.flatMap((w) => w.gaps.map((g) => ({ ...g, points: gapPoints(coverage, g), ends: { th: gapEnds(coverage, g, landmarks.th), en: gapEnds(coverage, g, landmarks.en) } }))),
    suggestions: locateSuggestions(coverage, inputs.suggestions, landmarks),
    whatIf: inputs.reply.candidates.map((c, i) => ({
      n: i + 1,
      point: c.point,
      placed: 'reason' in c.place ? (c.place.reason === 'too-far' ? 'too-far' : 'no-network') : 'attached',
      near: near(c.point),
    })),
    counted: [
      ...inputs.sites
        .filter((s) => inputs.countedIds.has(s.properties.id))
        .map((s): ReportSite => ({ ...pick(s.properties), imported: false, reached: !unreached.has(s.properties.id) })),
      ...(inputs.ownSites?.sites ?? []).map(
        (s): ReportSite => ({ id: s.id, name: s.name, status: s.status, confidence: null, source: s.source, imported: true, reached: !unreached.has(s.id) }),
      ),
    ],
  };
}
