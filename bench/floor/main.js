/**
 * The floor: a bare MapLibre page drawing the app's GeoJSON as plain line + circle layers
 * (no labels, no icons, no React). The app's start-up is compared against this.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import waterways from '../../data/waterways.geojson';
import sites from '../../data/sites.geojson';

setWorkerUrl(workerUrl);

const container = /** @type {HTMLElement} */ (document.getElementById('map'));
container.dataset.mapState = 'loading';

const map = new MapLibreMap({
  container,
  bounds: [[98.955, 18.736], [99.012, 18.846]],
  fitBoundsOptions: { padding: 24 },
  style: {
    version: 8,
    sources: {
      waterways: { type: 'geojson', data: waterways },
      sites: { type: 'geojson', data: sites },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef2ec' } },
      { id: 'waterways', type: 'line', source: 'waterways', paint: { 'line-color': '#1f78b4', 'line-width': 3 } },
      {
        id: 'sites', type: 'circle', source: 'sites',
        paint: { 'circle-radius': 6, 'circle-color': '#e6550d', 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5 },
      },
    ],
  },
});

map.once('idle', () => {
  container.dataset.mapState = 'idle';
});
