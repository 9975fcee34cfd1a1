/**
 * Layer specifications as data. Language-dependent parts (label fields) are functions of the
 * language; the selection is read from the map's global state (`SELECTED_SITE`, `SELECTED_WATERWAY`),
 * so selecting changes no layer and no source. `style.ts` assembles them.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Locale } from '../domain/schema';
import { CLUSTER_STYLE, HALO_COLOUR } from './marker-colours';
import { WATER_COLOURS } from './symbols';

export const FONT = 'Noto Sans Thai';
export const SITES = 'sites';
/** The same sites, never clustered: for accuracy halos and the selection ring. */
export const SITES_RAW = 'sites-raw';
export const WATERWAYS = 'waterways';
export const BASEMAP = 'basemap';

/** Layers a click or tap can select, in priority order. */
export const SITE_LAYER = 'site-icons';
export const SITE_LABEL_LAYER = 'site-labels';
export const CLUSTER_LAYER = 'site-clusters';
export const WATERWAY_HIT_LAYER = 'waterway-hit';

/** Metres per pixel at zoom 0 at Chiang Mai's latitude (512-px tiles). */
const MPP_Z0 = (40075016.686 * Math.cos((18.79 * Math.PI) / 180)) / 512;

const label = (locale: Locale): ExpressionSpecification => ['get', `name_${locale}`];
const isKind = (kind: string): ExpressionSpecification => ['==', ['get', 'kind'], kind];
/** Names of the global state the selection layers read: the selected site's or waterway's id ('' for none). */
export const SELECTED_SITE = 'selectedSite';
export const SELECTED_WATERWAY = 'selectedWaterway';
const isSelected = (name: string): ExpressionSpecification => ['==', ['get', 'id'], ['global-state', name]];
const dashedIfApprox = (dash: number[]): ExpressionSpecification =>
  ['case', ['get', 'approximate'], ['literal', dash], ['literal', [1, 0]]];

export const basemapLayer: LayerSpecification = {
  id: 'basemap',
  type: 'raster',
  source: BASEMAP,
  paint: { 'raster-opacity': 0.85, 'raster-saturation': -0.4 },
};

export function waterwayLayers(locale: Locale): LayerSpecification[] {
  return [
    {
      id: 'waterway-river',
      type: 'line',
      source: WATERWAYS,
      filter: isKind('river'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': WATER_COLOURS.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 11, 4, 16, 14],
        'line-opacity': 0.7,
      },
    },
    {
      id: 'waterway-moat',
      type: 'line',
      source: WATERWAYS,
      filter: isKind('moat'),
      layout: { 'line-join': 'round' },
      // The centreline gives way to the water polygons (context-layers.ts) as they become wide enough to see.
      paint: {
        'line-color': WATER_COLOURS.moat,
        'line-width': ['interpolate', ['linear'], ['zoom'], 11, 2, 16, 6],
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 14, 1, 15.5, 0.2],
      },
    },
    {
      id: 'waterway-tributary',
      type: 'line',
      source: WATERWAYS,
      filter: isKind('tributary'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': WATER_COLOURS.tributary,
        'line-width': ['interpolate', ['linear'], ['zoom'], 11, 1.5, 16, 4],
        'line-dasharray': dashedIfApprox([2, 1.5]),
      },
    },
    {
      id: 'waterway-main-casing',
      type: 'line',
      source: WATERWAYS,
      filter: isKind('main-stem'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 6, 16, 13] },
    },
    {
      id: 'waterway-main',
      type: 'line',
      source: WATERWAYS,
      filter: isKind('main-stem'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': WATER_COLOURS.mainStem, 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 3.5, 16, 8] },
    },
    {
      id: 'waterway-selected',
      type: 'line',
      source: WATERWAYS,
      filter: isSelected(SELECTED_WATERWAY),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': '#d81b60', 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 3, 16, 7], 'line-opacity': 0.85 },
    },
    {
      // Invisible, wide line: makes thin waterways easy to tap.
      id: WATERWAY_HIT_LAYER,
      type: 'line',
      source: WATERWAYS,
      paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 18 },
    },
    {
      id: 'waterway-labels',
      type: 'symbol',
      source: WATERWAYS,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': label(locale),
        'text-font': [FONT],
        'text-size': ['interpolate', ['linear'], ['zoom'], 12, 12, 16, 15],
        'text-letter-spacing': locale === 'en' ? 0.05 : 0,
        'text-max-angle': 30,
        // Beside the line, not on it: the name does not hide the water it names.
        'text-offset': [0, -0.95],
        'symbol-sort-key': ['match', ['get', 'kind'], 'main-stem', 0, 'moat', 1, 'tributary', 2, 3],
      },
      paint: {
        'text-color': '#0a4666',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.6,
      },
    },
  ];
}

function accuracyHalo(id: string, filter: ExpressionSpecification, fadeWhenZoomedIn: boolean): LayerSpecification {
  // Zoom may only drive a top-level interpolate, so the fade is written out per property.
  const scaled = (base: number): number | ExpressionSpecification =>
    // Gone by zoom 14.5: closer in, overlapping halos would veil the streets and labels.
    fadeWhenZoomedIn ? ['interpolate', ['linear'], ['zoom'], 13, base, 14.5, 0] : base;
  return {
    id,
    type: 'circle',
    source: SITES_RAW,
    filter,
    paint: {
      'circle-radius': [
        'interpolate', ['exponential', 2], ['zoom'],
        10, ['/', ['*', ['get', 'positionAccuracy'], 1024], MPP_Z0],
        20, ['/', ['*', ['get', 'positionAccuracy'], 1048576], MPP_Z0],
      ],
      // A constant colour also keeps the halos on one GPU program with the clusters below (each
      // extra program costs ~50 ms at start-up).
      'circle-color': HALO_COLOUR,
      'circle-opacity': scaled(0.1),
      'circle-stroke-color': '#555555',
      'circle-stroke-width': 1,
      // The ring carries the meaning (how far off the position may be): 3:1 or more against the land.
      'circle-stroke-opacity': scaled(0.8),
    },
  };
}

/** Learning sites win label space first, then environmental, then economy points. */
const siteOrder: ExpressionSpecification = ['match', ['get', 'category'], 'learning', 0, 'environment', 1, 2];
const clusterRadius: ExpressionSpecification = ['step', ['get', 'point_count'], 14, 5, 17, 10, 20];

export function siteLayers(locale: Locale): LayerSpecification[] {
  return [
    // Approximate positions look approximate: a faint halo as large as the position's uncertainty.
    // Halos fade out when zoomed in (they would cover the map), except the selected site's.
    accuracyHalo('site-accuracy', ['>=', ['get', 'positionAccuracy'], 50], true),
    accuracyHalo('site-accuracy-selected', ['all', ['>=', ['get', 'positionAccuracy'], 50], isSelected(SELECTED_SITE)], false),
    {
      id: 'site-selected',
      type: 'circle',
      source: SITES_RAW,
      filter: isSelected(SELECTED_SITE),
      paint: {
        'circle-radius': 17,
        'circle-color': '#ffffff',
        'circle-opacity': 0.9,
        'circle-stroke-color': '#d81b60',
        'circle-stroke-width': 3.5,
      },
    },
    {
      id: CLUSTER_LAYER,
      type: 'circle',
      source: SITES,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': CLUSTER_STYLE.fill,
        // The same at every zoom; written as a zoom interpolation so the radius is bound like the
        // halos' (zoom and data), and clusters and halos share one GPU program (see accuracyHalo).
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, clusterRadius, 20, clusterRadius],
        'circle-stroke-color': CLUSTER_STYLE.ink,
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: SITE_LABEL_LAYER,
      type: 'symbol',
      source: SITES,
      filter: ['!', ['has', 'point_count']],
      layout: {
        'symbol-sort-key': siteOrder,
        'text-field': label(locale),
        'text-font': [FONT],
        'text-size': 13,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 1.1,
        'text-justify': 'auto',
        // Lines are broken in the data, between words (see label-lines.ts); MapLibre wraps nothing.
        'text-max-width': 40,
      },
      paint: {
        'text-color': '#1c2a33',
        'text-halo-color': '#ffffff',
        'text-halo-width': 1.6,
      },
    },
    {
      id: 'site-cluster-count',
      type: 'symbol',
      source: SITES,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': ['to-string', ['get', 'point_count']],
        'text-font': [FONT],
        'text-size': 13,
        'text-allow-overlap': true,
        // Placed before the labels (it is above them), with a box about the circle's size, so
        // labels keep clear of clusters.
        'text-padding': 3,
      },
      paint: { 'text-color': CLUSTER_STYLE.ink },
    },
    {
      // Above the labels: MapLibre places the top layer first, so every icon is placed before any
      // label, and labels go around all icons (in one layer, a later icon could cover a label).
      id: SITE_LAYER,
      type: 'symbol',
      source: SITES,
      filter: ['!', ['has', 'point_count']],
      layout: {
        'icon-image': ['concat', 'cat-', ['get', 'category']],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 11, 0.7, 15, 1],
        'icon-allow-overlap': true,
        'icon-padding': 0,
        'symbol-sort-key': siteOrder,
      },
    },
  ];
}
