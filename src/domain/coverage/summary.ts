/**
 * Per-waterway figures from per-sample results: covered length and share, gaps with the nearest
 * sites to their middle, each site's catchment, and the series for the distance chart.
 */
import { haversine } from '../network/distance';
import type { Place } from '../network/types';
import { meters, type LngLat } from '../types';
import { stretches } from './stretch';
import type { Catchment, Coverage, Gap, NearSite, Sample, SampleCoverage, WaterwayCoverage } from './types';

/** How many sites are named for each gap. */
export const GAP_NEAREST = 2;

/**
 * The `count` sites nearest to a point in a straight line, nearest first.
 * @example nearestSites([99, 18.79], anchors, 2) // [{ id: 'wat-phan-on', distance: 120 }, …]
 */
export function nearestSites(point: LngLat, sites: readonly Place[], count = GAP_NEAREST): NearSite[] {
  return sites
    .map((p) => ({ id: p.id, distance: meters(haversine(point[0], point[1], p.point[0], p.point[1])) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count);
}

/** The position halfway between `from` and `to` along the line part, from the nearest sample's position. */
function middleOf(samples: readonly Sample[], first: number, last: number, at: number): LngLat {
  let best = first;
  for (let i = first; i <= last; i++) if (Math.abs((samples[i] as Sample).along - at) < Math.abs((samples[best] as Sample).along - at)) best = i;
  return (samples[best] as Sample).point;
}

function waterwayFigures(samples: readonly Sample[], results: readonly SampleCoverage[], sites: readonly Place[], idx: number[]): WaterwayCoverage {
  const waterway = (samples[idx[0] as number] as Sample).waterway;
  let length = 0;
  let covered = 0;
  let offNetwork = 0;
  const catch_ = new Map<string, number>();
  for (const i of idx) {
    const [s, r] = [samples[i] as Sample, results[i] as SampleCoverage];
    length += s.weight;
    if (r.reason === 'off-network') offNetwork += s.weight;
    if (!r.covered) continue;
    covered += s.weight;
    const id = (sites[r.site] as Place).id;
    catch_.set(id, (catch_.get(id) ?? 0) + s.weight);
  }
  const catchments: Catchment[] = [...catch_].map(([site, m]) => ({ site, length: meters(m) })).sort((a, b) => b.length - a.length);
  return {
    waterway,
    length: meters(length),
    covered: meters(covered),
    percent: length > 0 ? (covered / length) * 100 : 0,
    offNetwork: meters(offNetwork),
    gaps: [],
    catchments,
    series: idx.map((i) => ({ part: (samples[i] as Sample).part, along: (samples[i] as Sample).along, distance: (results[i] as SampleCoverage).distance })),
  };
}

/**
 * The per-waterway summary and the total of a coverage run (waterways in order of first sample).
 * @example summarise(samples, results, sites).total.percent
 */
export function summarise(
  samples: readonly Sample[],
  results: readonly SampleCoverage[],
  sites: readonly Place[],
): Pick<Coverage, 'waterways' | 'total'> {
  const byWaterway = new Map<string, number[]>();
  samples.forEach((s, i) => {
    const list = byWaterway.get(s.waterway);
    if (list) list.push(i);
    else byWaterway.set(s.waterway, [i]);
  });
  const waterways = [...byWaterway.values()].map((idx) => waterwayFigures(samples, results, sites, idx));
  const gaps = stretches(samples, results.map((r) => r.covered)).filter((s) => s.kind === 'gap');
  for (const g of gaps) {
    const middle = middleOf(samples, g.first, g.last, (g.from + g.to) / 2);
    const gap: Gap = { ...g, kind: 'gap', middle, nearest: nearestSites(middle, sites) };
    waterways.find((w) => w.waterway === g.waterway)?.gaps.push(gap);
  }
  const length = waterways.reduce((s, w) => s + w.length, 0);
  const covered = waterways.reduce((s, w) => s + w.covered, 0);
  return { waterways, total: { length: meters(length), covered: meters(covered), percent: length > 0 ? (covered / length) * 100 : 0 } };
}
