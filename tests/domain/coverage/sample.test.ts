// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sampleLine, sampleWaterways } from '../../../src/domain/coverage/sample';
import { canal, straightCanal } from './canal';

describe('sampleWaterways', () => {
  it('samples every 25 m by default, the end included', () => {
    const samples = sampleWaterways([straightCanal]);
    expect(samples).toHaveLength(41);
    expect(samples[1]!.along).toBeCloseTo(25, 6);
    expect(samples.at(-1)!.along).toBeCloseTo(1000, 3);
  });

  it('adds the end when the spacing does not divide the length, and weights sum to the length', () => {
    const samples = sampleWaterways([straightCanal], 300);
    expect(samples.map((s) => Math.round(s.along))).toEqual([0, 300, 600, 900, 1000]);
    expect(samples.map((s) => Math.round(s.weight))).toEqual([150, 300, 300, 200, 50]);
    expect(samples.reduce((s, x) => s + x.weight, 0)).toBeCloseTo(1000, 3);
  });

  it('follows bends: a sample 100 m along an L lies on its second leg', () => {
    const l = canal('l', [
      [0, 0],
      [60, 0],
      [60, 100],
    ]);
    const s = sampleWaterways([l], 100)[1]!;
    const corner = l.geometry.coordinates[1] as number[];
    expect(s.point[0]).toBeCloseTo(corner[0]!, 7);
    expect(s.point[1]).toBeGreaterThan(corner[1]!);
  });

  it('names a bad spacing', () => {
    expect(() => sampleLine('x', 0, [], 0)).toThrow(/spacing/);
  });
});
