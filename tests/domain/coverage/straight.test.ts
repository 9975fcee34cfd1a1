// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/domain/coverage/compute';
import { sampleWaterways } from '../../../src/domain/coverage/sample';
import { overstatement, straightLineCoverage } from '../../../src/domain/coverage/straight';
import { haversine } from '../../../src/domain/network/distance';
import { meters } from '../../../src/domain/types';
import { at, bankPath, line, network, straightCanal } from './canal';

const samples = sampleWaterways([straightCanal], 25);

/** The path on the near (north) bank; the site on the far (south) bank; one bridge, at the west end. */
const farBank = [
  bankPath,
  line([
    [0, -20],
    [1000, -20],
  ]),
  line([
    [0, -20],
    [0, 5],
  ]),
];

describe('straight line against the network', () => {
  const net = network(farBank, { opposite: [500, -20] });
  const cov = computeCoverage(net, samples, net.anchors, { threshold: meters(400) });
  const straight = straightLineCoverage(samples, net.anchors.map((a) => a.point), meters(400));

  it('straight line calls the middle of the canal covered; the network, one bridge away, does not', () => {
    const i = samples.findIndex((s) => Math.round(s.along) === 500);
    expect(straight.results[i]).toMatchObject({ covered: true, site: 0 });
    expect(straight.results[i]!.distance).toBeCloseTo(20, 3);
    expect(cov.results[i]!.covered).toBe(false);
    expect(cov.results[i]!.distance).toBeCloseTo(5 + 500 + 25 + 500, 0);
    expect(cov.total.covered).toBe(0);
  });

  it('reports the overstatement: ≈ 800 m of canal covered only as the crow flies', () => {
    const [o] = overstatement(cov, straight);
    expect(o!.networkPercent).toBe(0);
    expect(Math.abs(o!.overstated - 2 * Math.sqrt(400 ** 2 - 20 ** 2))).toBeLessThanOrEqual(25);
    expect(o!.understated).toBe(0);
    expect(o!.straightPercent).toBeCloseTo(o!.overstated / 10, 6);
  });

  it('with no sites, nothing is covered', () => {
    expect(straightLineCoverage(samples, [], meters(400)).waterways[0]!.covered).toBe(0);
  });

  it('finds the true nearest site (checked against every site, for random sites)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -500, max: 1500, noNaN: true }), fc.double({ min: -800, max: 800, noNaN: true })), { minLength: 1, maxLength: 30 }), (xy) => {
        const points = xy.map(([x, y]) => at(x, y));
        const got = straightLineCoverage(samples, points, meters(300));
        samples.forEach((s, i) => {
          const best = Math.min(...points.map((p) => haversine(s.point[0], s.point[1], p[0], p[1])));
          expect(got.results[i]!.distance).toBeCloseTo(best, 6);
        });
      }),
      { numRuns: 50 },
    );
  });
});

describe('invariants on random sites along two banks and a bridge', () => {
  const siteXY = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(5, -20));
  const sites = fc.uniqueArray(siteXY, { minLength: 1, maxLength: 5, selector: ([x, y]) => `${x},${y}` });
  const cover = (xy: [number, number][], threshold: number) => {
    const net = network(farBank, Object.fromEntries(xy.map((p, i) => [`s${i}`, p])));
    return { net, cov: computeCoverage(net, samples, net.anchors, { threshold: meters(threshold) }) };
  };

  it('network distance is never below the straight-line distance', () => {
    fc.assert(
      fc.property(sites, (xy) => {
        const { net, cov } = cover(xy, 400);
        const straight = straightLineCoverage(samples, net.anchors.map((a) => a.point), meters(400));
        cov.results.forEach((r, i) => expect(r.distance).toBeGreaterThanOrEqual(straight.results[i]!.distance - 1e-6));
      }),
      { numRuns: 40 },
    );
  });

  it('raising the threshold never lowers coverage', () => {
    fc.assert(
      fc.property(sites, fc.integer({ min: 100, max: 1400 }), fc.integer({ min: 1, max: 400 }), (xy, t, more) => {
        expect(cover(xy, t + more).cov.total.covered).toBeGreaterThanOrEqual(cover(xy, t).cov.total.covered);
      }),
      { numRuns: 40 },
    );
  });

  it('adding a site never lowers coverage', () => {
    fc.assert(
      fc.property(sites, siteXY, (xy, extra) => {
        fc.pre(!xy.some(([x, y]) => x === extra[0] && y === extra[1]));
        expect(cover([...xy, extra], 400).cov.total.covered).toBeGreaterThanOrEqual(cover(xy, 400).cov.total.covered);
      }),
      { numRuns: 40 },
    );
  });
});
