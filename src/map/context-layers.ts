/**
 * The offline street map under the data, from OpenStreetMap: the streets (the walking network's
 * own lines), the moat's water, the city-wall fragments, the gates, and named places near the
 * canal. Quiet colours, so it reads as context; labels only at close zoom. Layers as data.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Locale } from '../domain/schema';
import { FONT } from './layers';
import { WATER_COLOURS } from './symbols';

export const STREETS = 'streets';
export const OLD_CITY = 'old-city';
export const PLACES = 'places';

/** The moat's water: 3:1 against the land at this opacity (0.55 was 2.0:1). */
export const MOAT_WATER_OPACITY = 0.9;

export const STREET_COLOURS = { street: '#ffffff', casing: '#c4cdc0', walkway: '#7a5230', wall: '#7d7466' } as const;

const isKind = (kind: string) => ['==', ['get', 'kind'], kind] as ['==', ['get', string], string];

/** Every line of the network but the walkways, in one colour, at these widths at zoom 11, 14 and 17. */
function streetLine(id: string, colour: string, [z11, z14, z17]: [number, number, number]): LayerSpecification {
  return {
    id,
    type: 'line',
    source: STREETS,
    filter: ['!=', ['get', 'kind'], 'promenade'],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': colour, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, z11, 14, z14, 17, z17] },
  };
}

/** Under the waterways: the moat's water, the wall, the streets. */
export const contextBaseLayers: LayerSpecification[] = [
  {
    id: 'moat-water',
    type: 'fill',
    source: OLD_CITY,
    filter: isKind('moat-water'),
    paint: { 'fill-color': WATER_COLOURS.moat, 'fill-opacity': MOAT_WATER_OPACITY },
  },
  {
    id: 'city-wall',
    type: 'fill',
    source: OLD_CITY,
    filter: isKind('wall'),
    // Stone grey, 3.4:1 against the land (the sand colour was 1.7:1), unlike the walkways' brown.
    paint: { 'fill-color': STREET_COLOURS.wall, 'fill-opacity': 0.9 },
  },
  // Wide enough at the overview to read the street pattern, quiet enough to stay behind the water.
  streetLine('street-casing', STREET_COLOURS.casing, [1.1, 3, 9.5]),
  streetLine('street', STREET_COLOURS.street, [0.4, 1.8, 7]),
];

/**
 * Above the canal: the restored walkways, dashed because they are drawn from descriptions (on the
 * canal's centreline, since no source gives the bank).
 */
export const walkwayLayers: LayerSpecification[] = [
  {
    id: 'walkway',
    type: 'line',
    source: STREETS,
    filter: isKind('promenade'),
    layout: { 'line-cap': 'butt' },
    paint: {
      'line-color': STREET_COLOURS.walkway,
      'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1.5, 16, 3.5],
      'line-dasharray': [1.5, 1.5],
    },
  },
];

/** Small labels at close zoom: the gates (in the reader's language) and named places (in the one name the data gives). */
export function contextLabelLayers(locale: Locale): LayerSpecification[] {
  return [
    {
      id: 'place-dots',
      type: 'circle',
      source: PLACES,
      minzoom: 15,
      paint: { 'circle-radius': 2.5, 'circle-color': '#7b8790', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
    },
    {
      id: 'place-labels',
      type: 'symbol',
      source: PLACES,
      minzoom: 15,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT],
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.4],
        // One line: MapLibre would break a Thai name wherever a word segmenter finds a word.
        'text-max-width': 40,
        'symbol-sort-key': ['match', ['get', 'kind'], 'museum', 0, 'market', 1, 'wat', 2, 'school', 3, 4],
      },
      paint: { 'text-color': '#55626b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
    },
    {
      id: 'gate-labels',
      type: 'symbol',
      source: OLD_CITY,
      minzoom: 14,
      filter: isKind('gate'),
      layout: {
        'text-field': ['coalesce', ['get', `name_${locale}`], ['get', 'name_th']],
        'text-font': [FONT],
        'text-size': 12,
        'text-max-width': 40,
      },
      paint: { 'text-color': '#6b4a22', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
    },
  ];
}
