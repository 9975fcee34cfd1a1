/**
 * The coverage overlay as data: the canal coloured by walking distance to the nearest site
 * (relative to the threshold), what-if sites and suggested sites.
 */
import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Coverage } from '../domain/coverage/types';
import type { LngLat } from '../domain/types';
import type { Overlay } from './scene';

export const COVERAGE = 'coverage';
export const WHAT_IF = 'what-if';

/**
 * Well covered, covered, just outside, far; grey where unmeasured. A diverging dark blue – blue –
 * orange – dark red (told apart by lightness as well as hue, so it holds for colour-blind readers),
 * each at least 3:1 against the map's land and against white, where the report and the legends draw
 * them (WCAG 1.4.11; tests/map/contrast.test.ts).
 */
export const COVERAGE_COLOURS = { near: '#08306b', covered: '#2b7bba', outside: '#c65a00', far: '#8c0d25', none: '#6e6e6e' } as const;

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

/** What-if sites: dark discs with a white ring and their number (clusters are white discs with a count). */
export const WHAT_IF_STYLE = { fill: '#1c2a33', ink: '#ffffff' } as const;

/**
 * Suggested sites: a dotted ring around a letter, in purple, so none reads as a cluster (a solid
 * ring round a count) or a what-if site (a filled disc round a number). Each dot has a white
 * casing, and the letter a white ground, so both keep their contrast over the coloured canal.
 */
export const SUGGESTION_STYLE = { colour: '#6a1b9a', casing: '#ffffff', ring: 15, dot: 3, dots: 12, ground: 11 } as const;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * A suggestion's label on the map and in every list: A, B, C… by its place in the list (from 1).
 * @example suggestionLetter(3) // 'C'
 */
export function suggestionLetter(n: number): string {
  return LETTERS[n - 1] ?? String(n);
}

/** Where each dot of the suggestion ring sits, in pixels from the centre (the map and the legend draw the same). */
export function suggestionRing(style: typeof SUGGESTION_STYLE = SUGGESTION_STYLE): [number, number][] {
  // To 0.01 px, and + 0 turns -0 into 0.
  const px = (v: number) => Math.round(v * 100) / 100 + 0;
  return Array.from({ length: style.dots }, (_, i) => {
    const a = (i / style.dots) * 2 * Math.PI;
    return [px(style.ring * Math.sin(a)), px(-style.ring * Math.cos(a))];
  });
}

const isKind = (kind: 'candidate' | 'suggestion'): FilterSpecification => ['==', ['get', 'kind'], kind];

/**
 * The what-if and suggested sites; constants, as above (the ring is one layer per dot, moved by a
 * constant translate). Suggestions are drawn below what-if sites: a suggestion that has been
 * placed as a what-if site shows its ring around the what-if disc.
 */
export function whatIfLayers(font: string): LayerSpecification[] {
  const s = SUGGESTION_STYLE;
  const label = { 'text-font': [font], 'text-allow-overlap': true, 'text-ignore-placement': true };
  return [
    {
      id: 'suggestion-ground',
      type: 'circle',
      source: WHAT_IF,
      filter: isKind('suggestion'),
      paint: { 'circle-radius': s.ground, 'circle-color': s.casing },
    },
    ...suggestionRing().map(
      (offset, i): LayerSpecification => ({
        id: `suggestion-ring-${i}`,
        type: 'circle',
        source: WHAT_IF,
        filter: isKind('suggestion'),
        paint: {
          'circle-radius': s.dot,
          'circle-color': s.colour,
          'circle-stroke-color': s.casing,
          'circle-stroke-width': 1.2,
          'circle-translate': offset,
          'circle-translate-anchor': 'viewport',
        },
      }),
    ),
    {
      id: 'suggestion-labels',
      type: 'symbol',
      source: WHAT_IF,
      filter: isKind('suggestion'),
      layout: { ...label, 'text-field': ['to-string', ['at', ['-', ['get', 'n'], 1], ['literal', [...LETTERS]]]], 'text-size': 16 },
      paint: { 'text-color': s.colour, 'text-halo-color': s.casing, 'text-halo-width': 1.5 },
    },
    {
      id: 'what-if-dots',
      type: 'circle',
      source: WHAT_IF,
      filter: isKind('candidate'),
      paint: { 'circle-radius': 10, 'circle-color': WHAT_IF_STYLE.fill, 'circle-stroke-color': WHAT_IF_STYLE.ink, 'circle-stroke-width': 3 },
    },
    {
      id: 'what-if-labels',
      type: 'symbol',
      source: WHAT_IF,
      filter: isKind('candidate'),
      layout: { ...label, 'text-field': ['to-string', ['get', 'n']], 'text-size': 12 },
      paint: { 'text-color': WHAT_IF_STYLE.ink },
    },
  ];
}

/**
 * The Research tab's map layers as data: the canal coloured by the walk to the nearest counted site
 * (under routes and sites), and the what-if and suggested sites (over them). This module loads
 * with the Research tab, not with the map.
 * @example view.draw({ ...scene, overlays: { ...scene.overlays, research: researchLayers(overlay, FONT) } })
 */
export function researchLayers(overlay: CoverageOverlay, font: string): Overlay {
  return {
    sources: {
      [COVERAGE]: { type: 'geojson', data: overlay.segments },
      [WHAT_IF]: {
        type: 'geojson',
        data: {
          type: 'FeatureCollection',
          features: overlay.whatIf.map((w) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [...w.point] },
            properties: { id: w.id, kind: w.kind, n: w.n },
          })),
        },
      },
    },
    layers: { lines: coverageLineLayers(overlay.threshold), points: whatIfLayers(font) },
  };
}
