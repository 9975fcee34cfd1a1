/**
 * Layers for what the user adds on top of the data: the point distances are measured from (and,
 * later, routes). Layers as data, like `layers.ts`.
 */
import type { LayerSpecification } from 'maplibre-gl';

export const ORIGIN = 'origin';

export const originLayers: LayerSpecification[] = [
  {
    id: 'origin-accuracy',
    type: 'circle',
    source: ORIGIN,
    filter: ['>', ['get', 'accuracy'], 0],
    paint: {
      'circle-radius': [
        'interpolate', ['exponential', 2], ['zoom'],
        10, ['/', ['get', 'accuracy'], 146],
        20, ['/', ['get', 'accuracy'], 0.1426],
      ],
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
      'circle-color': ['match', ['get', 'kind'], 'location', '#1a73e8', '#1c2a33'],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 3,
    },
  },
];
