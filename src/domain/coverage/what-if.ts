/**
 * What-if sites: coverage with extra sites (clicked on the map, or suggested) without searching
 * from the existing ones again. One Dijkstra from the new sites, bounded by the largest cost any
 * measured sample has now (nothing farther can be an improvement), then a per-sample minimum.
 */
import { multiSourceDistances } from '../network/route';
import type { Graph, Place } from '../network/types';
import { sampleCoverage } from './measure';
import { summarise } from './summary';
import type { Coverage } from './types';

/**
 * The coverage with `added` sites too; their indices follow the existing sites'.
 * @example
 * const here = snapPoint(graph, clicked, meters(300), { id: 'what-if-1' });
 * if (!('reason' in here)) cov = addSites(network, cov, [here]);
 */
export function addSites(network: { graph: Graph }, coverage: Coverage, added: readonly Place[]): Coverage {
  if (added.length === 0) return coverage;
  const { graph } = network;
  const { profile, threshold } = coverage.options;
  let limit = 0;
  coverage.results.forEach((r) => {
    if (r.reason !== 'off-network') limit = Math.max(limit, r.cost);
  });
  const dist = multiSourceDistances(graph, added, profile, limit);
  const extra = sampleCoverage(graph, coverage.snaps, added, dist, profile, threshold, coverage.sites.length);
  const results = coverage.results.map((r, i) => {
    const x = extra[i]!;
    return x.cost < r.cost ? x : r;
  });
  const sites = [...coverage.sites, ...added];
  return { ...coverage, sites, results, ...summarise(coverage.samples, results, sites) };
}

/**
 * One extra site (the brief's `addCandidate`).
 * @example addCandidate(network, cov, here).total.percent >= cov.total.percent // true
 */
export const addCandidate = (network: { graph: Graph }, coverage: Coverage, place: Place): Coverage => addSites(network, coverage, [place]);
