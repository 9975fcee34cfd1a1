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
 * The coverage with `added` sites too; their indices follow the existing sites'. A site may meet
 * the network at several places (`snapAttachments`: both banks of the canal), given as one group:
 * it counts once, listed by its first (nearest) place.
 * @example
 * const here = snapAttachments(graph, clicked, meters(300), { id: 'what-if-1' });
 * if (!('reason' in here)) cov = addSites(network, cov, [here]);
 */
export function addSites(network: { graph: Graph }, coverage: Coverage, added: readonly (Place | readonly Place[])[]): Coverage {
  if (added.length === 0) return coverage;
  const groups = added.map((a) => (Array.isArray(a) ? (a as readonly Place[]) : [a as Place]));
  const places = groups.flat();
  const owner = groups.flatMap((g, i) => g.map(() => i));
  const { graph } = network;
  const { profile, threshold } = coverage.options;
  let limit = 0;
  coverage.results.forEach((r) => {
    if (r.reason !== 'off-network') limit = Math.max(limit, r.cost);
  });
  const dist = multiSourceDistances(graph, places, profile, limit);
  const extra = sampleCoverage(graph, coverage.snaps, places, dist, profile, threshold);
  const base = coverage.sites.length;
  const results = coverage.results.map((r, i) => {
    const x = extra[i]!;
    return x.cost < r.cost ? { ...x, site: base + (owner[x.site] as number) } : r;
  });
  const sites = [...coverage.sites, ...groups.map((g) => g[0] as Place)];
  return { ...coverage, sites, results, ...summarise(coverage.samples, results, sites) };
}

/**
 * One extra site (the brief's `addCandidate`).
 * @example addCandidate(network, cov, here).total.percent >= cov.total.percent // true
 */
export const addCandidate = (network: { graph: Graph }, coverage: Coverage, place: Place): Coverage => addSites(network, coverage, [place]);
