/**
 * Coverage selectors (loaded with the Research tab): canal samples, their snaps to the walking
 * network, the coverage by the counted sites plus the what-if sites, and the straight-line
 * comparison. Each step is memoised on its own inputs, so moving the threshold slider only
 * re-applies the threshold (no new search) and placing a what-if site runs one bounded search.
 */
import { computeCoverage, THRESHOLD_RANGE, withThreshold } from '../domain/coverage/compute';
import { snapSamples } from '../domain/coverage/measure';
import { DEFAULT_PARAMS, siteCounts } from '../domain/coverage/params';
import { sampleWaterways } from '../domain/coverage/sample';
import { straightLineCoverage, overstatement } from '../domain/coverage/straight';
import type { Coverage } from '../domain/coverage/types';
import { addSites } from '../domain/coverage/what-if';
import { snapPoint } from '../domain/network/place';
import type { Anchor, Place, SnapFailure, VirtualAnchor } from '../domain/network/types';
import { meters, type LngLat } from '../domain/types';
import { loadEmbeddedPaths } from '../data/paths';
import { memo } from './selectors';
import type { Candidate } from './research-slice';
import { buildGraph } from '../domain/network/graph';
import { networkFor } from '../domain/import/geojson-network';
import { SITE_MAX_SNAP } from '../domain/walk';
import type { FeatureCollection } from 'geojson';

/** How far from the walking network a what-if site may be placed. */
export const CANDIDATE_MAX_SNAP = meters(300);

/** The sites that count: the built-in ones passing the filter, and/or the researcher's own. */
export const selectCountedSites = memo(
  (s) => [s.data.sites.value, s.coverageParams.sites, s.ownSites] as const,
  (sites, counted, own): { id: string; point: LngLat }[] => {
    const builtIn = own?.mode === 'replace' ? [] : sites.filter(siteCounts({ ...DEFAULT_PARAMS, sites: counted }));
    return [
      ...builtIn.map((x) => ({ id: x.properties.id, point: x.geometry.coordinates })),
      ...(own?.sites ?? []).map((x) => ({ id: x.id, point: x.point })),
    ];
  },
);

/** The walking network coverage is measured on (built-in, or replaced or extended by an import), with the sites attached. */
export const selectNetwork = memo(
  (s) => [selectCountedSites(s), s.ownNetwork] as const,
  (sites, own) => {
    const builtIn: FeatureCollection = { type: 'FeatureCollection', features: loadEmbeddedPaths().value };
    const lines = own ? networkFor(builtIn as Parameters<typeof networkFor>[0], own.network, own.mode) : builtIn;
    const built = buildGraph(lines as FeatureCollection, { attach: sites, maxSnap: SITE_MAX_SNAP });
    return { graph: built.graph, anchors: new Map(built.anchors.map((a) => [a.id, a])), failures: built.failures, stats: built.stats };
  },
);

export const selectSamples = memo(
  (s) => [s.data.waterways.value, s.coverageParams.spacing] as const,
  (waterways, spacing) => sampleWaterways(waterways, spacing),
);

const selectSnaps = memo(
  (s) => [selectNetwork(s), selectSamples(s), s.coverageParams.maxSnap, s.coverageParams.profile] as const,
  (network, samples, maxSnap, profile) => snapSamples(network.graph, samples, meters(maxSnap), profile),
);

/** Coverage by the counted sites; distances do not depend on the threshold, applied last. */
const selectBase = memo(
  (s) => [selectNetwork(s), selectSamples(s), selectSnaps(s), selectCountedSites(s), s.coverageParams.profile, s.coverageParams.maxSnap] as const,
  (network, samples, snaps, sites, profile, maxSnap): Coverage => {
    const places = sites.flatMap((site) => {
      const anchor = network.anchors.get(site.id);
      return anchor ? [anchor as Anchor] : [];
    });
    return computeCoverage(network, samples, places, { threshold: THRESHOLD_RANGE.max, profile, maxSnap: meters(maxSnap) }, snaps);
  },
);

export type PlacedCandidate = Candidate & { place: VirtualAnchor | SnapFailure };

export const selectCandidates = memo(
  (s) => [selectNetwork(s), s.candidates, s.coverageParams.profile] as const,
  (network, candidates, profile): PlacedCandidate[] =>
    candidates.map((c) => ({ ...c, place: snapPoint(network.graph, c.point, CANDIDATE_MAX_SNAP, { id: c.id, profile }) })),
);

export const selectCoverage = memo(
  (s) => [selectNetwork(s), selectBase(s), selectCandidates(s), s.coverageParams.threshold] as const,
  (network, base, candidates, threshold): Coverage => {
    const placed = candidates.flatMap((c) => ('reason' in c.place ? [] : [c.place as Place]));
    return withThreshold(addSites(network, base, placed), meters(threshold));
  },
);

/** Coverage as the crow flies from the same sites (counted + what-if), for the comparison. */
export const selectStraight = memo(
  (s) => [selectCoverage(s), selectCountedSites(s), s.candidates, s.compareStraight] as const,
  (coverage, sites, candidates, on) => {
    if (!on) return null;
    const points = [...sites.map((x) => x.point), ...candidates.map((c) => c.point)];
    const straight = straightLineCoverage(coverage.samples, points, coverage.options.threshold);
    return { straight, overstatement: overstatement(coverage, straight) };
  },
);
