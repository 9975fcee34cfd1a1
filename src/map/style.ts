/**
 * The parts of the map's scene (see scene.ts), each a pure function of plain values: the base
 * style (language and basemap) and one overlay per GeoJSON feed. The UI feeds each from its own
 * selector (ui/map-feeds.ts); the adapter sets a source's data when its feed changes and sets the
 * whole style only when the base does.
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import type { Locale } from '../domain/schema';
import type { Basemap, Origin, WalkOverlay } from '../domain/view';
import type { Base, MapState, Overlay } from './scene';
import { ORIGIN, ROUTE, WALK_STOPS, originLayers, routeLineLayers, walkStopLayers } from './overlay-layers';
import type { DataUrls } from '../data/urls';
import { OLD_CITY, PLACES, STREETS, contextBaseLayers, contextLabelLayers, walkwayLayers } from './context-layers';
import {
  BASEMAP, FONT, SELECTED_SITE, SELECTED_WATERWAY, SITES, SITES_RAW, WATERWAYS, basemapLayer, siteLayers, waterwayLayers,
} from './layers';

export const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';

export type FontFiles = { thai: string; latin: string };

/** What the base style depends on: a new one is set only when the language or the basemap changes. */
export type BaseInput = {
  locale: Locale;
  basemap: Basemap;
  fonts: FontFiles;
  /** Absolute URLs of the data files the map draws as context (MapLibre's worker fetches them). */
  data: DataUrls;
};

export type { WalkOverlay, Overlay };

const collection = (features: GeoJSON.Feature[]): GeoJSON.FeatureCollection => ({ type: 'FeatureCollection', features });

/** Thai and Latin come from the shipped web font, not a glyph server: Thai is shaped by the browser. */
export function fontFaces(fonts: FontFiles): FontFacesSpecification {
  return {
    [FONT]: [
      { url: fonts.thai, 'unicode-range': ['U+02D7', 'U+0303', 'U+0331', 'U+0E01-0E5B', 'U+200C-200D', 'U+25CC'] },
      { url: fonts.latin, 'unicode-range': ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2212'] },
    ],
  };
}

/**
 * The base style: the basemap and the context the app does not change (streets, the old city,
 * places), with the slots where the overlays below draw.
 */
export function baseStyle({ locale, basemap, fonts, data }: BaseInput): Base {
  // The online raster basemap shows streets, water and places itself: the offline ones step aside.
  const offline = basemap !== 'osm';
  return {
    version: 8,
    name: 'Mae Kha offline',
    'font-faces': fontFaces(fonts),
    sources: {
      ...(basemap === 'osm'
        ? {
            [BASEMAP]: {
              type: 'raster',
              tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
              tileSize: 256,
              maxzoom: 19,
              attribution: OSM_ATTRIBUTION,
            },
          }
        : {}),
      // The walking network's own lines are the street map: what is drawn is what walks use.
      [STREETS]: { type: 'geojson', data: data.network, attribution: OSM_ATTRIBUTION },
      [OLD_CITY]: { type: 'geojson', data: data.oldCity },
      ...(offline ? { [PLACES]: { type: 'geojson' as const, data: data.places } } : {}),
    },
    // No background layer: the map's container shows MAP_BACKGROUND through the transparent canvas
    // (see MapView), which spares the GPU program a background layer needs (~45 ms at start-up).
    layers: [
      ...(basemap === 'osm' ? [basemapLayer] : []),
      ...(offline ? contextBaseLayers : []),
      { slot: 'water' },
      ...walkwayLayers,
      { slot: 'lines' },
      ...(offline ? contextLabelLayers(locale) : []),
      { slot: 'sites' },
      { slot: 'points' },
    ],
  };
}

/** The canal and its waterways (`data` from `toMapWaterways`), with their labels. */
export function waterwaysOverlay(data: GeoJSON.FeatureCollection, locale: Locale): Overlay {
  return {
    sources: { [WATERWAYS]: { type: 'geojson', data, attribution: OSM_ATTRIBUTION, promoteId: 'id' } },
    layers: { water: waterwayLayers(locale) },
  };
}

/** The sites (`data` from `toMapSites`): icons, labels, clusters, accuracy halos, the selection ring. */
export function sitesOverlay(data: GeoJSON.FeatureCollection, locale: Locale): Overlay {
  return {
    sources: {
      // Clustered at low zoom so dense stretches stay readable; the raw copy keeps halos and the
      // selection ring visible whatever the clustering does.
      [SITES]: { type: 'geojson', data, promoteId: 'id', cluster: true, clusterRadius: 28, clusterMaxZoom: 12 },
      [SITES_RAW]: { type: 'geojson', data, promoteId: 'id' },
    },
    layers: { sites: siteLayers(locale) },
  };
}

/**
 * A planned walk or field trip: each leg's line and the numbered stops. While the walk is being
 * followed its line is left out (the followed walk draws the part ahead itself).
 */
export function routeOverlay(walk: WalkOverlay, withLine: boolean): Overlay {
  return {
    sources: {
      [ROUTE]: {
        type: 'geojson',
        data: collection(
          walk.legs.map((line, i) => ({
            type: 'Feature',
            geometry: { type: 'LineString', coordinates: line.map((p) => [...p]) },
            properties: { leg: i },
          })),
        ),
      },
      [WALK_STOPS]: {
        type: 'geojson',
        data: collection(
          walk.stops.map((stop, i) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [...stop.point] },
            properties: { id: stop.id, n: i + 1 },
          })),
        ),
      },
    },
    layers: { lines: withLine ? routeLineLayers : [], points: walkStopLayers(FONT) },
  };
}

/** The point distances are measured from. */
export function originOverlay(origin: Origin): Overlay {
  return {
    sources: {
      [ORIGIN]: {
        type: 'geojson',
        data: collection([
          {
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [...origin.point] },
            properties: { kind: origin.kind, accuracy: origin.accuracy ?? 0 },
          },
        ]),
      },
    },
    layers: { points: originLayers(origin.kind) },
  };
}

/** The selection, as the global state the selection layers read (see layers.ts). */
export function selectionState(selection: { type: 'site' | 'waterway'; id: string } | null): MapState {
  return {
    [SELECTED_SITE]: selection?.type === 'site' ? selection.id : '',
    [SELECTED_WATERWAY]: selection?.type === 'waterway' ? selection.id : '',
  };
}
