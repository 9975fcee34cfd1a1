// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeCoverage, nearestSitesOnly, withThreshold } from '../../../src/domain/coverage/compute';
import { coverageToCsv } from '../../../src/domain/coverage/export';
import { sampleWaterways } from '../../../src/domain/coverage/sample';
import { meters } from '../../../src/domain/types';
import { bankPath, line, network, straightCanal } from './canal';

const SPACING = 25;
const samples = sampleWaterways([straightCanal], SPACING);
const run = (sites: Record<string, readonly [number, number]>, threshold = 400, lines = [bankPath]) => {
  const net = network(lines, sites);
  return computeCoverage(net, samples, net.anchors, { threshold: meters(threshold) });
};

describe('computeCoverage on a straight canal with a path 5 m away', () => {
  it('one site at the middle covers 2 × (threshold − 5 m access) ≈ 2 × threshold', () => {
    const cov = run({ mid: [500, 5] });
    expect(Math.abs(cov.total.covered - 2 * (400 - 5))).toBeLessThanOrEqual(SPACING);
    expect(Math.abs(cov.total.covered - 800)).toBeLessThanOrEqual(SPACING);
    expect(cov.waterways[0]!.percent).toBeCloseTo(cov.total.covered / 10, 6);
  });

  it('a sample’s distance is its access leg plus the walk along the path', () => {
    const cov = run({ mid: [500, 5] });
    const i = samples.findIndex((s) => Math.round(s.along) === 300);
    expect(cov.results[i]!.distance).toBeCloseTo(5 + 200, 1);
    expect(cov.results[i]!.site).toBe(0);
  });

  it('leaves two gaps at the ends, named by the nearest site', () => {
    const gaps = run({ mid: [500, 5] }).waterways[0]!.gaps;
    expect(gaps.map((g) => [Math.round(g.from), Math.round(g.to)])).toEqual([
      [0, 113],
      [888, 1000],
    ]);
    expect(gaps[0]!.nearest.map((n) => n.id)).toEqual(['mid']);
  });

  it('two sites 500 m apart at 200 m cover twice as much, each its own half', () => {
    const cov = run({ west: [250, 5], east: [750, 5] }, 200);
    expect(Math.abs(cov.total.covered - 4 * 195)).toBeLessThanOrEqual(2 * SPACING);
    const w = cov.waterways[0]!;
    expect(w.catchments.map((c) => c.site).sort()).toEqual(['east', 'west']);
    expect(w.catchments[0]!.length).toBeCloseTo(w.catchments[1]!.length, 6);
    expect(w.gaps.map((g) => g.nearest.map((n) => n.id).sort())).toEqual([['east', 'west'], ['east', 'west'], ['east', 'west']]);
    expect(w.gaps[0]!.nearest[0]!.id).toBe('west');
  });

  it('counts the access leg of a site 150 m from the path', () => {
    const cov = run({ far: [500, 155] });
    expect(Math.abs(cov.total.covered - 2 * (400 - 5 - 150))).toBeLessThanOrEqual(SPACING);
  });

  it('a site too far from any path is not attached, so covers nothing', () => {
    const net = network([bankPath], { lost: [500, 600] });
    expect(net.anchors).toHaveLength(0);
    expect(computeCoverage(net, samples, net.anchors).total.covered).toBe(0);
  });

  it('slider extremes: 100 m covers ≈ 190 m, 1,500 m the whole canal', () => {
    expect(Math.abs(run({ mid: [500, 5] }, 100).total.covered - 190)).toBeLessThanOrEqual(SPACING);
    expect(run({ mid: [500, 5] }, 1500).total.percent).toBeCloseTo(100, 9);
  });

  it('withThreshold gives the same as a fresh run', () => {
    const net = network([bankPath], { mid: [500, 5] });
    const a = computeCoverage(net, samples, net.anchors, { threshold: meters(400) });
    const b = computeCoverage(net, samples, net.anchors, { threshold: meters(150) });
    expect(withThreshold(a, meters(150)).results).toEqual(b.results);
  });

  it('marks samples too far from any path as off-network (a path along half the canal)', () => {
    const half = line([
      [0, 5],
      [400, 5],
    ]);
    const net = network([half], { a: [200, 5] });
    const cov = computeCoverage(net, samples, net.anchors, { maxSnap: meters(100) });
    const i = samples.findIndex((s) => Math.round(s.along) === 800);
    expect(cov.results[i]).toMatchObject({ reason: 'off-network', covered: false, distance: Infinity });
    // The path ends at 400 m: samples from 500 m on are over 100 m from it (500 m + half a spacing).
    expect(cov.waterways[0]!.offNetwork).toBeCloseTo(500 + 12.5, 6);
  });

  it('marks samples on a network part without sites as unreached', () => {
    const island = line([
      [600, 5],
      [1000, 5],
    ]);
    const left = line([
      [0, 5],
      [500, 5],
    ]);
    const cov = run({ a: [100, 5] }, 400, [left, island]);
    const i = samples.findIndex((s) => Math.round(s.along) === 900);
    expect(cov.results[i]).toMatchObject({ reason: 'unreached', site: -1 });
  });

  it('catchments sum to the covered length', () => {
    const cov = run({ a: [100, 5], b: [420, 5], c: [900, 5] }, 250);
    const w = cov.waterways[0]!;
    expect(w.catchments.reduce((s, c) => s + c.length, 0)).toBeCloseTo(w.covered, 6);
  });

  it('the chart series has one point per sample', () => {
    const w = run({ mid: [500, 5] }).waterways[0]!;
    expect(w.series).toHaveLength(samples.length);
    expect(Math.min(...w.series.map((p) => p.distance))).toBeCloseTo(5, 3);
  });
});

describe('nearestSitesOnly', () => {
  it('keeps only the sites some sample is nearest to, renumbered; the export is the same', () => {
    // Two sites on one spot: only one of them can be a sample's nearest.
    const cov = run({ west: [100, 5], mid: [500, 5], twin: [500, 5], east: [900, 5] }, 100);
    const used = new Set(cov.results.map((r) => r.site).filter((i) => i >= 0));
    expect(used.size).toBeLessThan(cov.sites.length);
    const slim = nearestSitesOnly(cov);
    expect(slim.sites.map((s) => s.id).sort()).toEqual([...used].map((i) => cov.sites[i]!.id).sort());
    slim.results.forEach((r, i) => {
      const before = cov.results[i]!;
      expect(r.site < 0 ? -1 : slim.sites[r.site]!.id).toBe(before.site < 0 ? -1 : cov.sites[before.site]!.id);
    });
    expect(coverageToCsv(slim)).toBe(coverageToCsv(cov));
    expect(slim.waterways).toBe(cov.waterways);
  });
});
