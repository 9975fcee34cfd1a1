/**
 * Everything the coverage report prints, gathered once, when printing starts, from the store's
 * one coverage result (the panel's figures, not a second run) and the domain's report helpers:
 * the headline, the rows per waterway, the gaps with the places at their ends, where each
 * waterway's kilometre 0 is, the suggestions with where they lie, the straight-line comparison
 * (the panel's), the sites counted, the researcher's own data and what-if sites.
 */
import { placeLandmarks } from '../../../data/places';
import type { CoverageParams } from '../../../domain/coverage/params-url';
import { gapEnds, gapPoints, headline, nearestNamed, whereOnWaterway, type Headline, type NamedPlace, type OnWaterway, type ReportLandmark } from '../../../domain/coverage/report';
import type { CoverageReply } from '../../../domain/coverage/session';
import type { Overstatement } from '../../../domain/coverage/straight';
import type { Coverage, Gap, WaterwayCoverage } from '../../../domain/coverage/types';
import type { Confidence, Locale, Localized, SiteFeature, Status, StreetDataBox, WaterwayFeature } from '../../../domain/schema';
import type { LngLat } from '../../../domain/types';
import type { OwnNetwork, OwnSites, SuggestedSite, SuggestRun } from '../../../store/research-slice';

/** Per language: a place is named only in the reader's script (as in the walking directions). */
export type ByLocale<T> = Record<Locale, T>;
export type ReportGap = Gap & { points: [LngLat, LngLat]; ends: ByLocale<[NamedPlace | null, NamedPlace | null]> };
export type ReportSuggestion = { n: number; point: LngLat; gain: number; on: OnWaterway | null; near: ByLocale<NamedPlace | null> };
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
  const sites: ReportLandmark[] = inputs.sites.map((s) => ({ name: s.properties.name, point: s.geometry.coordinates }));
  const landmarks: ByLocale<ReportLandmark[]> = { th: [...sites, ...placeLandmarks('th')], en: [...sites, ...placeLandmarks('en')] };
  const byLocale = <T>(f: (l: readonly ReportLandmark[]) => T): ByLocale<T> => ({ th: f(landmarks.th), en: f(landmarks.en) });
  const near = (point: LngLat) => byLocale((l) => nearestNamed(point, l));
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
    gaps: coverage.waterways.flatMap((w) => w.gaps.map((g) => ({ ...g, points: gapPoints(coverage, g), ends: byLocale((l) => gapEnds(coverage, g, l)) }))),
    suggestions: inputs.suggestions.map((s, i) => ({ n: i + 1, point: s.point, gain: s.gain, on: whereOnWaterway(coverage, s.point), near: near(s.point) })),
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
