/**
 * The coverage overlay as data: the canal coloured by walking distance to the nearest site
 * (relative to the threshold), what-if sites and suggested sites.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Coverage } from '../domain/coverage/types';
import type { LngLat } from '../domain/types';

export const COVERAGE = 'coverage';
export const WHAT_IF = 'what-if';

/** Colour-blind-safe steps: well covered, covered, just outside, far; grey where unmeasured. */
export const COVERAGE_COLOURS = { near: '#2c7bb6', covered: '#abd9e9', outside: '#fdae61', far: '#d7191c', none: '#8a8a8a' } as const;

export type CoverageOverlay = {
  segments: FeatureCollection;
  threshold: number;
  whatIf: readonly { id: string; point: LngLat; kind: 'candidate' | 'suggestion'; n: number }[];
};

/** Short lines between neighbouring samples, each with the larger of its ends' distances (-1: none). */
export function coverageSegments(coverage: Coverage): FeatureCollection {
  const features: FeatureCollection['features'] = [];
  const { samples, results } = coverage;
  for (let i = 1; i < samples.length; i++) {
    const [a, b] = [samples[i - 1]!, samples[i]!];
    if (a.waterway !== b.waterway || a.part !== b.part) continue;
    const d = Math.max(results[i - 1]!.distance, results[i]!.distance);
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[...a.point], [...b.point]] },
      properties: { d: Number.isFinite(d) ? Math.round(d) : -1 },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Every overlay layer below binds its paint properties as constants (one layer per colour class),
 * so it reuses the GPU programs the base map has already compiled: a data-driven colour would
 * need a new program, ~130 ms of main thread on a slow phone when the Research tab opens.
 */
export function coverageLineLayers(threshold: number): LayerSpecification[] {
  const d: ExpressionSpecification = ['get', 'd'];
  const classes: [keyof typeof COVERAGE_COLOURS, FilterSpecification][] = [
    ['none', ['<', d, 0]],
    ['near', ['all', ['>=', d, 0], ['<=', d, threshold / 2]]],
    ['covered', ['all', ['>', d, threshold / 2], ['<=', d, threshold]]],
    ['outside', ['all', ['>', d, threshold], ['<=', d, threshold * 1.5]]],
    ['far', ['>', d, threshold * 1.5]],
  ];
  return classes.map(([name, filter]) => ({
    id: `coverage-line-${name}`,
    type: 'line',
    source: COVERAGE,
    filter,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 5, 16, 10], 'line-color': COVERAGE_COLOURS[name] },
  }));
}

/** What-if sites (dark dots) and suggested sites (purple dots, unlike the white site clusters), numbered. */
export const WHAT_IF_STYLES = [
  { kind: 'candidate', fill: '#1c2a33', ink: '#ffffff' },
  { kind: 'suggestion', fill: '#7b2cbf', ink: '#ffffff' },
] as const;

/** The what-if and suggested sites' dots and numbers; constants, as above. */
export function whatIfLayers(font: string): LayerSpecification[] {
  return WHAT_IF_STYLES.flatMap(({ kind, fill, ink }): LayerSpecification[] => [
    {
      id: `what-if-dots-${kind}`,
      type: 'circle',
      source: WHAT_IF,
      filter: ['==', ['get', 'kind'], kind],
      paint: { 'circle-radius': 10, 'circle-color': fill, 'circle-stroke-color': ink, 'circle-stroke-width': 3 },
    },
    {
      id: `what-if-labels-${kind}`,
      type: 'symbol',
      source: WHAT_IF,
      filter: ['==', ['get', 'kind'], kind],
      layout: {
        'text-field': ['to-string', ['get', 'n']],
        'text-font': [font],
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': ink },
    },
  ]);
}
