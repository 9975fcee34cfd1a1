/**
 * Layers for what the user adds on top of the data: the point distances are measured from (and,
 * later, routes). Layers as data, like `layers.ts`.
 */
import type { LayerSpecification } from 'maplibre-gl';

export const ORIGIN = 'origin';

/**
 * A circle radius, in pixels, of `metres` on the ground at Chiang Mai's latitude (18.8° N): a
 * 512-pixel world at zoom z spans 40,075 km × cos 18.8° / (512 · 2^z), 72.4 m a pixel at zoom 10.
 */
export const accuracyRadius = (metres: unknown) =>
  ['interpolate', ['exponential', 2], ['zoom'], 10, ['/', metres, 72.4], 20, ['/', metres, 0.0707]] as unknown as number;

/** The chosen point: one feature, so its colour is a constant (no extra GPU program). */
export const originLayers = (kind: 'location' | 'point'): LayerSpecification[] => [
  {
    id: 'origin-accuracy',
    type: 'circle',
    source: ORIGIN,
    filter: ['>', ['get', 'accuracy'], 0],
    paint: {
      'circle-radius': accuracyRadius(['get', 'accuracy']),
      'circle-color': '#1a73e8',
      'circle-opacity': 0.12,
    },
  },
  {
    id: 'origin-dot',
    type: 'circle',
    source: ORIGIN,
    paint: {
      'circle-radius': 7,
      'circle-color': kind === 'location' ? '#1a73e8' : '#1c2a33',
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 3,
    },
  },
];

export const ROUTE = 'route';
export const WALK_STOPS = 'walk-stops';
export const ROUTE_COLOUR = '#7b2cbf';

/** The planned walk's line, drawn under the sites. */
export const routeLineLayers: LayerSpecification[] = [
  {
    id: 'route-casing',
    type: 'line',
    source: ROUTE,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 5, 17, 11] },
  },
  {
    id: 'route-line',
    type: 'line',
    source: ROUTE,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': ROUTE_COLOUR, 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 3, 17, 6] },
  },
];

/** The walk's numbered stops, over the sites so the numbers stay readable. */
export function walkStopLayers(font: string): LayerSpecification[] {
  return [
    {
      id: 'walk-stop-dots',
      type: 'circle',
      source: WALK_STOPS,
      paint: {
        'circle-radius': 11,
        'circle-color': ROUTE_COLOUR,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'walk-stop-numbers',
      type: 'symbol',
      source: WALK_STOPS,
      layout: {
        'text-field': ['to-string', ['get', 'n']],
        'text-font': [font],
        'text-size': 13,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}
