// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/domain/coverage/compute';
import { sampleWaterways } from '../../../src/domain/coverage/sample';
import { suggestSites } from '../../../src/domain/coverage/suggest';
import { addCandidate, addSites } from '../../../src/domain/coverage/what-if';
import { snapPoint } from '../../../src/domain/network/place';
import { meters } from '../../../src/domain/types';
import { at, bankPath, line, network, straightCanal } from './canal';

const samples = sampleWaterways([straightCanal], 25);
const T = meters(200);
/** The bank path plus a 600 m spur going north from its middle: candidates up the spur reach little canal. */
const spur = line([
  [500, 5],
  [500, 600],
]);

describe('suggestSites', () => {
  it('with no sites, picks a point on the bank path first, covering 2 × (threshold − 5 m)', () => {
    const net = network([bankPath, spur]);
    const { suggestions } = suggestSites(net, samples, [], 1, T);
    const first = suggestions[0]!;
    expect(first.point[1]).toBeLessThan(at(0, 10)[1]);
    expect(Math.abs(first.gain - 2 * 195)).toBeLessThanOrEqual(25);
  });

  it('fills the big gap before the small one (an existing site at 250 m)', () => {
    const net = network([bankPath, spur], { old: [250, 5] });
    const { suggestions } = suggestSites(net, samples, net.anchors, 2, T);
    expect(suggestions[0]!.point[0]).toBeGreaterThan(at(450, 0)[0]);
  });

  it('gains never increase, and stop when the canal is covered', () => {
    const net = network([bankPath, spur]);
    const { suggestions, after } = suggestSites(net, samples, [], 10, T);
    const gains = suggestions.map((s) => s.gain);
    gains.forEach((g, i) => i > 0 && expect(g).toBeLessThanOrEqual(gains[i - 1]!));
    expect(after).toBeCloseTo(1000, 6);
    expect(suggestions.length).toBeLessThan(10);
  });

  it('placing the suggestions gives the promised coverage', () => {
    const net = network([bankPath, spur], { old: [100, 5] });
    const base = computeCoverage(net, samples, net.anchors, { threshold: T });
    const { suggestions, after } = suggestSites(net, samples, net.anchors, 2, T, { coverage: base });
    const places = suggestions.flatMap((s, i) => {
      const p = snapPoint(net.graph, s.point, meters(1), { id: `new-${i}` });
      return 'reason' in p ? [] : [p];
    });
    expect(places).toHaveLength(2);
    const placed = addSites(net, base, places);
    expect(placed.total.covered).toBeCloseTo(after, 6);
  });

  it('names a bad count', () => {
    expect(() => suggestSites(network([bankPath]), samples, [], -1, T)).toThrow(/n must/);
  });
});

describe('addCandidate', () => {
  it('equals a full recompute with the extra site', () => {
    const net = network([bankPath, spur], { a: [100, 5], b: [500, 300] });
    const base = computeCoverage(net, samples, net.anchors, { threshold: T });
    const here = snapPoint(net.graph, at(720, 30), meters(100), { id: 'what-if' });
    if ('reason' in here) throw new Error('snap failed');
    const fast = addCandidate(net, base, here);
    const full = computeCoverage(net, samples, [...net.anchors, here], { threshold: T });
    fast.results.forEach((r, i) => expect(r.distance).toBeCloseTo(full.results[i]!.distance, 6));
    expect(fast.total.covered).toBeCloseTo(full.total.covered, 6);
    expect(fast.total.covered).toBeGreaterThan(base.total.covered);
  });

  it('walks straight along the edge to a site snapped onto the sample’s own edge', () => {
    const net = network([bankPath]);
    const base = computeCoverage(net, samples, [], { threshold: T });
    const here = snapPoint(net.graph, at(500, 5), meters(10), { id: 'mid' });
    if ('reason' in here) throw new Error('snap failed');
    const cov = addCandidate(net, base, here);
    const i = samples.findIndex((s) => Math.round(s.along) === 600);
    expect(cov.results[i]!.distance).toBeCloseTo(105, 3);
    expect(cov.sites.map((s) => s.id)).toEqual(['mid']);
  });
});
