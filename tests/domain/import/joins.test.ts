// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { networkJoins } from '../../../src/domain/import/joins';
import { buildGraph } from '../../../src/domain/network/graph';

const lines = (...coords: [number, number][][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: coords.map((c) => ({ type: 'Feature', properties: { highway: 'footway' }, geometry: { type: 'LineString', coordinates: c } })),
});

describe('how an extension meets the built-in paths', () => {
  const builtIn = buildGraph(lines([[98.99, 18.78], [98.99, 18.781], [98.99, 18.782]])).graph;

  it('counts the parts that share a position (an interior vertex counts) and measures the rest', () => {
    const out = networkJoins(
      lines(
        [[98.99, 18.781], [98.991, 18.781]], // starts on a built-in vertex: joins
        [[98.9951, 18.78], [98.9961, 18.78]], // 1 m … 105 m away, shares nothing
      ),
      builtIn,
    );
    expect(out.parts).toBe(2);
    expect(out.joined).toBe(1);
    expect(out.apart).toBeCloseTo(105.3, 0);
  });

  it('a line drawn beside a path, a metre off its vertices, does not join', () => {
    expect(networkJoins(lines([[98.99001, 18.781], [98.991, 18.781]]), builtIn)).toMatchObject({ parts: 1, joined: 0 });
  });
});
