/**
 * The floor: a bare MapLibre page drawing the app's GeoJSON with the same Thai labels and web font
 * (MapLibre `font-faces`, Thai shaped by the browser, no glyph server), but circles instead of the
 * category icons and no React or UI. The app's start-up is compared against this. It draws the
 * same street map as the app (the walking network's streets, the moat's water and the wall, from
 * the same files fetched by URL), so the comparison stays fair.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import thaiFontUrl from '@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2?url';
import latinFontUrl from '@fontsource/noto-sans-thai/files/noto-sans-thai-latin-400-normal.woff2?url';
import waterways from '../../data/waterways.geojson';
import sites from '../../data/sites.geojson';
import networkUrl from '../../data/network.geojson?url';
import oldCityUrl from '../../data/old-city.geojson?url';

setWorkerUrl(workerUrl);

const FONT = 'Noto Sans Thai';
const thai = new URL(thaiFontUrl, document.baseURI).href;
const latin = new URL(latinFontUrl, document.baseURI).href;

/**
 * properties.name is a nested {th, en} object, which vector tiles would turn into a JSON string:
 * flatten it to name_th / name_en so `['get', 'name_th']` works.
 * @param {any} collection a GeoJSON FeatureCollection
 */
const flattenNames = (collection) => ({
  ...collection,
  features: collection.features.map((/** @type {any} */ f) => {
    const { name, ...rest } = f.properties ?? {};
    return { ...f, properties: { ...rest, name_th: name?.th, name_en: name?.en } };
  }),
});

const container = /** @type {HTMLElement} */ (document.getElementById('map'));
container.dataset.mapState = 'loading';

const map = new MapLibreMap({
  container,
  bounds: [[98.955, 18.736], [99.012, 18.846]],
  fitBoundsOptions: { padding: 24 },
  style: {
    version: 8,
    'font-faces': {
      [FONT]: [
        { url: thai, 'unicode-range': ['U+0E01-0E5B', 'U+200C-200D', 'U+25CC'] },
        { url: latin, 'unicode-range': ['U+0000-00FF', 'U+2000-206F'] },
      ],
    },
    sources: {
      streets: { type: 'geojson', data: new URL(networkUrl, document.baseURI).href },
      oldCity: { type: 'geojson', data: new URL(oldCityUrl, document.baseURI).href },
      waterways: { type: 'geojson', data: flattenNames(waterways) },
      sites: { type: 'geojson', data: flattenNames(sites) },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef2ec' } },
      { id: 'moat-water', type: 'fill', source: 'oldCity', filter: ['==', ['get', 'kind'], 'moat-water'], paint: { 'fill-color': '#4a9cc4' } },
      { id: 'city-wall', type: 'fill', source: 'oldCity', filter: ['==', ['get', 'kind'], 'wall'], paint: { 'fill-color': '#c8b393' } },
      { id: 'streets', type: 'line', source: 'streets', paint: { 'line-color': '#ffffff', 'line-width': 1.5 } },
      { id: 'waterways', type: 'line', source: 'waterways', paint: { 'line-color': '#1f78b4', 'line-width': 3 } },
      {
        id: 'waterway-labels', type: 'symbol', source: 'waterways',
        layout: {
          'symbol-placement': 'line',
          'text-field': ['get', 'name_th'],
          'text-font': [FONT],
          'text-size': 13,
        },
        paint: { 'text-color': '#0a4666', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
      {
        id: 'sites', type: 'circle', source: 'sites',
        paint: { 'circle-radius': 6, 'circle-color': '#e6550d', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 },
      },
      {
        id: 'site-labels', type: 'symbol', source: 'sites',
        layout: {
          'text-field': ['get', 'name_th'],
          'text-font': [FONT],
          'text-size': 13,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 1.1,
          'text-optional': true,
        },
        paint: { 'text-color': '#1c2a33', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
    ],
  },
});

map.once('idle', () => {
  container.dataset.mapState = 'idle';
});
