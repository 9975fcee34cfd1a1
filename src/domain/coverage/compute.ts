/**
 * Network coverage of the waterways by sites: one multi-source Dijkstra from all sites, then a
 * constant-time lookup per sample (see `measure.ts`), then the per-waterway summary.
 */
import { multiSourceDistances } from '../network/route';
import type { Graph, Place } from '../network/types';
import { meters } from '../types';
import { sampleCoverage, snapSamples } from './measure';
import { summarise } from './summary';
import type { Coverage, CoverageOptions, Sample, SampleSnap } from './types';

export const DEFAULT_THRESHOLD = meters(400);
export { THRESHOLD_RANGE } from './params-url';
/** Samples farther than this from any path are not measured ('off-network'). */
export const DEFAULT_SAMPLE_SNAP = meters(300);

export const DEFAULT_OPTIONS: CoverageOptions = { threshold: DEFAULT_THRESHOLD, profile: 'shortest', maxSnap: DEFAULT_SAMPLE_SNAP };

function checked(options: Partial<CoverageOptions>): CoverageOptions {
  const o = { ...DEFAULT_OPTIONS, ...options };
  if (!(o.threshold > 0)) throw new RangeError(`computeCoverage: threshold must be a positive number of metres, got ${o.threshold}`);
  if (!(o.maxSnap >= 0)) throw new RangeError(`computeCoverage: maxSnap must be a non-negative number of metres, got ${o.maxSnap}`);
  return o;
}

/**
 * Coverage of the samples by the sites, over the network. Pass `snaps` (from `snapSamples`, same
 * graph, maxSnap and profile) to skip snapping when only the sites or the threshold change.
 * @example
 * const cov = computeCoverage(network, sampleWaterways(waterways), anchors, { threshold: meters(400) });
 * cov.waterways.find((w) => w.waterway === 'mae-kha')?.percent // e.g. 62.5
 */
export function computeCoverage(
  network: { graph: Graph },
  samples: readonly Sample[],
  sites: readonly Place[],
  options: Partial<CoverageOptions> = {},
  snaps?: readonly SampleSnap[],
): Coverage {
  const o = checked(options);
  const { graph } = network;
  const snapped = snaps ?? snapSamples(graph, samples, o.maxSnap, o.profile);
  if (snapped.length !== samples.length) throw new RangeError(`computeCoverage: ${snapped.length} snaps for ${samples.length} samples`);
  const dist = multiSourceDistances(graph, sites, o.profile);
  const results = sampleCoverage(graph, snapped, sites, dist, o.profile, o.threshold);
  return { options: o, sites, samples, snaps: snapped, results, ...summarise(samples, results, sites) };
}

/**
 * The same coverage at another threshold, without searching again (distances do not depend on it).
 * @example withThreshold(cov, meters(800)).total.percent >= cov.total.percent // true
 */
export function withThreshold(coverage: Coverage, threshold: Coverage['options']['threshold']): Coverage {
  const options = checked({ ...coverage.options, threshold });
  const results = coverage.results.map((r) => (r.reason ? r : { ...r, covered: r.distance <= threshold }));
  return { ...coverage, options, results, ...summarise(coverage.samples, results, coverage.sites) };
}

/**
 * The coverage with only the sites some sample is nearest to, renumbered: all the page reads of
 * `sites` (a 164,000-site import would otherwise be copied whole into every reply).
 * @example nearestSitesOnly(coverage).sites.length // ≤ coverage.samples.length
 */
export function nearestSitesOnly(coverage: Coverage): Coverage {
  const renumbered = new Map<number, number>();
  const sites: Place[] = [];
  const results = coverage.results.map((r) => {
    if (r.site < 0) return r;
    let i = renumbered.get(r.site);
    if (i === undefined) {
      renumbered.set(r.site, (i = sites.length));
      sites.push(coverage.sites[r.site]!);
    }
    return i === r.site ? r : { ...r, site: i };
  });
  return { ...coverage, sites, results };
}
