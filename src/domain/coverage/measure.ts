/**
 * Per-sample network distances: each sample's snapped position on the network combined with one
 * multi-source Dijkstra from all sites. Also used incrementally (what-if sites).
 */
import { isVirtual, snapPoint } from '../network/place';
import type { Distances } from '../network/route';
import type { Graph, Place, Profile, VirtualAnchor } from '../network/types';
import { profileWeights } from '../network/weights';
import { meters, type Meters } from '../types';
import type { Sample, SampleCoverage, SampleSnap } from './types';

/**
 * Snaps every sample to the nearest edge (usable by `profile`) within `maxSnap` metres. The snaps
 * depend only on the samples and the network: keep them while sites or the threshold change.
 * @example snapSamples(graph, samples, meters(300), 'shortest').filter((s) => 'reason' in s).length // off-network samples
 */
export function snapSamples(graph: Graph, samples: readonly Sample[], maxSnap: Meters, profile: Profile): SampleSnap[] {
  const options = profile === 'shortest' ? {} : { profile };
  // Most samples lie near a path: a small search box first (the nearest edge within it is the
  // nearest of all), the full box only when it is empty. 7× faster on the dense synthetic city.
  const near = meters(Math.min(maxSnap, NEAR_SNAP));
  return samples.map((s, i) => {
    const o = { id: `sample-${i}`, ...options };
    const hit = snapPoint(graph, s.point, near, o);
    return 'reason' in hit && hit.reason === 'too-far' && near < maxSnap ? snapPoint(graph, s.point, maxSnap, o) : hit;
  });
}

/** Search radius (m) tried before the full `maxSnap`. */
const NEAR_SNAP = 50;

const OFF: SampleCoverage = { distance: meters(Infinity), cost: Infinity, site: -1, covered: false, reason: 'off-network' };

/**
 * Each sample's walk to the nearest site, given the sites' multi-source distances (`dist`, whose
 * `source` indexes `sites`): min over the two ends of the sample's edge, or straight along the
 * edge to a site snapped onto the same edge. Site indices in the result are offset by `siteOffset`.
 */
export function sampleCoverage(
  graph: Graph,
  snaps: readonly SampleSnap[],
  sites: readonly Place[],
  dist: Distances,
  profile: Profile,
  threshold: Meters,
  siteOffset = 0,
): SampleCoverage[] {
  const weight = profileWeights(graph, profile).weight;
  const sameEdge = new Map<number, number[]>();
  sites.forEach((p, i) => {
    if (!isVirtual(p)) return;
    const list = sameEdge.get(p.edge);
    if (list) list.push(i);
    else sameEdge.set(p.edge, [i]);
  });
  const { edgeFrom, edgeTo, edgeLength } = graph;
  return snaps.map((snap) => {
    if ('reason' in snap) return OFF;
    const e = snap.edge;
    const perMetre = (edgeLength[e] as number) > 0 ? (weight[e] as number) / (edgeLength[e] as number) : 0;
    const [u, v] = [edgeFrom[e] as number, edgeTo[e] as number];
    const viaU = (dist.cost[u] as number) + perMetre * snap.fromDist;
    const viaV = (dist.cost[v] as number) + perMetre * snap.toDist;
    let cost = Math.min(viaU, viaV);
    let distance = viaU <= viaV ? (dist.distance[u] as number) + snap.fromDist : (dist.distance[v] as number) + snap.toDist;
    let site = cost === Infinity ? -1 : (dist.source[viaU <= viaV ? u : v] as number);
    for (const i of sameEdge.get(e) ?? []) {
      const p = sites[i] as VirtualAnchor;
      const along = Math.abs(p.fromDist - snap.fromDist);
      if (perMetre * along < cost) [cost, distance, site] = [perMetre * along, along + p.access, i];
    }
    if (cost === Infinity) return { distance: meters(Infinity), cost, site: -1, covered: false, reason: 'unreached' };
    const total = meters(distance + snap.access);
    return { distance: total, cost, site: site + siteOffset, covered: total <= threshold };
  });
}
