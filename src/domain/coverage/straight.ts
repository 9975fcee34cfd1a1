/**
 * Straight-line ("as the crow flies") coverage, the usual buffer method, for comparison: it never
 * reports a longer distance than the network, so it overstates coverage where paths detour.
 * Sites go into a Flatbush index in a local equirectangular plane; each sample asks for its few
 * nearest and keeps the haversine minimum.
 */
import Flatbush from 'flatbush';
import { haversine } from '../network/distance';
import { meters, type LngLat, type Meters } from '../types';
import type { Coverage, Sample } from './types';

export type StraightSample = { distance: Meters; site: number; covered: boolean };
export type StraightWaterway = { waterway: string; length: Meters; covered: Meters; percent: number };
export type StraightCoverage = { results: StraightSample[]; waterways: StraightWaterway[] };

/** Nearest candidates asked of the index: the plane's distortion over a city is far below one site's gap. */
const CANDIDATES = 4;
const RAD = Math.PI / 180;

/**
 * Straight-line distance from every sample to the nearest site point, and coverage at `threshold`.
 * @example straightLineCoverage(samples, anchors.map((a) => a.point), meters(400)).waterways[0].percent
 */
export function straightLineCoverage(samples: readonly Sample[], sitePoints: readonly LngLat[], threshold: Meters): StraightCoverage {
  if (!(threshold > 0)) throw new RangeError(`straightLineCoverage: threshold must be a positive number of metres, got ${threshold}`);
  const k = Math.cos((samples[0]?.point[1] ?? 0) * RAD);
  let tree: Flatbush | null = null;
  if (sitePoints.length > 0) {
    tree = new Flatbush(sitePoints.length);
    for (const [lng, lat] of sitePoints) tree.add(lng * k, lat, lng * k, lat);
    tree.finish();
  }
  const results = samples.map((s): StraightSample => {
    if (!tree) return { distance: meters(Infinity), site: -1, covered: false };
    let [best, site] = [Infinity, -1];
    for (const i of tree.neighbors(s.point[0] * k, s.point[1], CANDIDATES)) {
      const p = sitePoints[i] as LngLat;
      const d = haversine(s.point[0], s.point[1], p[0], p[1]);
      if (d < best) [best, site] = [d, i];
    }
    return { distance: meters(best), site, covered: best <= threshold };
  });
  const byWaterway = new Map<string, { length: number; covered: number }>();
  samples.forEach((s, i) => {
    const w = byWaterway.get(s.waterway) ?? { length: 0, covered: 0 };
    w.length += s.weight;
    if ((results[i] as StraightSample).covered) w.covered += s.weight;
    byWaterway.set(s.waterway, w);
  });
  const waterways = [...byWaterway].map(([waterway, w]) => ({
    waterway,
    length: meters(w.length),
    covered: meters(w.covered),
    percent: w.length > 0 ? (w.covered / w.length) * 100 : 0,
  }));
  return { results, waterways };
}

export type Overstatement = {
  waterway: string;
  networkPercent: number;
  straightPercent: number;
  /** Canal metres the straight line calls covered that the network does not (and the reverse, ≈ 0). */
  overstated: Meters;
  understated: Meters;
};

/**
 * How much straight-line coverage overstates network coverage, per waterway (same samples and threshold).
 * @example overstatement(cov, straightLineCoverage(cov.samples, points, cov.options.threshold))[0].overstated
 */
export function overstatement(network: Coverage, straight: StraightCoverage): Overstatement[] {
  return network.waterways.map((w) => {
    let [over, under] = [0, 0];
    network.samples.forEach((s, i) => {
      if (s.waterway !== w.waterway) return;
      const [n, c] = [network.results[i]?.covered, straight.results[i]?.covered];
      if (c && !n) over += s.weight;
      if (n && !c) under += s.weight;
    });
    const sp = straight.waterways.find((x) => x.waterway === w.waterway)?.percent ?? 0;
    return { waterway: w.waterway, networkPercent: w.percent, straightPercent: sp, overstated: meters(over), understated: meters(under) };
  });
}
