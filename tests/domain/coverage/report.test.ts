// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/domain/coverage/compute';
import { gapEnds, gapPoints, headline, nearestNamed, whereOnWaterway, type ReportLandmark } from '../../../src/domain/coverage/report';
import { sampleWaterways } from '../../../src/domain/coverage/sample';
import { meters } from '../../../src/domain/types';
import { at, bankPath, network, straightCanal } from './canal';

const samples = sampleWaterways([straightCanal], 25);
const net = network([bankPath], { mid: [500, 5] });
const coverage = computeCoverage(net, samples, net.anchors, { threshold: meters(400) });
const named = (en: string, x: number, y: number): ReportLandmark => ({ name: { th: `ไทย ${en}`, en }, point: at(x, y) });

describe('report helpers on a 1 km canal with one site at its middle', () => {
  it('finds the nearest named place within the limit, and none beyond it', () => {
    const places = [named('far', 500, 600), named('near', 0, 100), named('nearer', 0, 60)];
    const found = nearestNamed(at(0, 0), places);
    expect(found?.name.en).toBe('nearer');
    expect(found!.distance).toBeCloseTo(60, 0);
    expect(nearestNamed(at(1000, 0), places)).toBeNull();
    expect(nearestNamed(at(0, 0), places, meters(50))).toBeNull();
  });

  it('gives each gap its two end points and the places named there', () => {
    const [upstream, downstream] = coverage.waterways[0]!.gaps;
    expect(gapPoints(coverage, upstream!)).toEqual([samples[upstream!.first]!.point, samples[upstream!.last]!.point]);
    expect(gapPoints(coverage, upstream!)[0]).toEqual(at(0, 0).map((v) => expect.closeTo(v, 9)));
    const places = [named('head', -30, 0), named('bend', 110, 10), named('tail', 1000, 80)];
    expect(gapEnds(coverage, upstream!, places).map((p) => p?.name.en)).toEqual(['head', 'bend']);
    expect(gapEnds(coverage, downstream!, places).map((p) => p?.name.en)).toEqual(['tail', 'tail']);
    // Past the limit, an end has no name (the report gives its coordinates instead).
    expect(gapEnds(coverage, upstream!, [named('tail', 1000, 80)])).toEqual([null, null]);
  });

  it('refuses a gap whose samples are not in the coverage', () => {
    const bad = { ...coverage.waterways[0]!.gaps[0]!, last: samples.length + 5 };
    expect(() => gapPoints(coverage, bad)).toThrow(RangeError);
  });

  it('places a point on the nearest waterway, with the metres along it', () => {
    const on = whereOnWaterway(coverage, at(612, 20));
    expect(on?.waterway).toBe('canal');
    expect(Math.abs(on!.along - 612)).toBeLessThanOrEqual(12.5);
    expect(on!.distance).toBeLessThan(25);
  });

  it('states the headline against the whole length and the measured length', () => {
    const h = headline(coverage, 'canal')!;
    expect(h.percent).toBe(coverage.waterways[0]!.percent);
    expect(h.measured).toBe(h.length - h.offNetwork);
    expect(h.measuredPercent).toBeCloseTo((h.covered / h.measured) * 100, 9);
    expect(headline(coverage, 'elsewhere')).toBeNull();
    // Nothing measured: no share of it to state.
    const off = { ...coverage, waterways: [{ ...coverage.waterways[0]!, offNetwork: coverage.waterways[0]!.length }] };
    expect(headline(off, 'canal')!.measuredPercent).toBeNull();
  });
});
