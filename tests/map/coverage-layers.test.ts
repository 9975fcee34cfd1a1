import { featureFilter, type LineLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { COVERAGE_COLOURS, coverageLineLayers } from '../../src/map/coverage-layers';

describe('coverageLineLayers', () => {
  const threshold = 400;
  const layers = coverageLineLayers(threshold) as LineLayerSpecification[];
  /** The colours of the layers whose filter takes a segment with this distance. */
  const colours = (d: number) =>
    layers
      .filter((l) => featureFilter(l.filter, `layers.${l.id}.filter`).filter({ zoom: 14 }, { type: 1, properties: { d } } as never))
      .map((l) => (l.paint as Record<string, string>)['line-color']);

  it('gives every distance exactly one colour class, split at ½, 1 and 1½ × the threshold', () => {
    const expected: [number, string][] = [
      [-1, COVERAGE_COLOURS.none],
      [0, COVERAGE_COLOURS.near],
      [200, COVERAGE_COLOURS.near],
      [201, COVERAGE_COLOURS.covered],
      [400, COVERAGE_COLOURS.covered],
      [401, COVERAGE_COLOURS.outside],
      [600, COVERAGE_COLOURS.outside],
      [601, COVERAGE_COLOURS.far],
      [25_000, COVERAGE_COLOURS.far],
    ];
    for (const [d, colour] of expected) expect(colours(d), `d = ${d}`).toEqual([colour]);
  });

  it('binds only constants, so the overlay needs no GPU program the base map lacks', () => {
    for (const l of layers) expect(JSON.stringify(l.paint)).not.toContain('"get"');
  });
});
