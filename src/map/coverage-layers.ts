/**
 * The coverage overlay as data: the canal coloured by walking distance to the nearest site
 * (relative to the threshold), what-if sites and suggested sites.
 */
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
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

export function coverageLayers(threshold: number, font: string): LayerSpecification[] {
  return [
    {
      id: 'coverage-line',
      type: 'line',
      source: COVERAGE,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-width': ['interpolate', ['linear'], ['zoom'], 12, 5, 16, 10],
        'line-color': [
          'case',
          ['<', ['get', 'd'], 0],
          COVERAGE_COLOURS.none,
          ['<=', ['get', 'd'], threshold / 2],
          COVERAGE_COLOURS.near,
          ['<=', ['get', 'd'], threshold],
          COVERAGE_COLOURS.covered,
          ['<=', ['get', 'd'], threshold * 1.5],
          COVERAGE_COLOURS.outside,
          COVERAGE_COLOURS.far,
        ],
      },
    },
    {
      id: 'what-if-dots',
      type: 'circle',
      source: WHAT_IF,
      paint: {
        'circle-radius': 10,
        'circle-color': ['match', ['get', 'kind'], 'suggestion', '#ffffff', '#1c2a33'],
        'circle-stroke-color': ['match', ['get', 'kind'], 'suggestion', '#1c2a33', '#ffffff'],
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'what-if-labels',
      type: 'symbol',
      source: WHAT_IF,
      layout: {
        'text-field': ['to-string', ['get', 'n']],
        'text-font': [font],
        'text-size': 12,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': ['match', ['get', 'kind'], 'suggestion', '#1c2a33', '#ffffff'] },
    },
  ];
}
