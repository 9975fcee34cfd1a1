/**
 * `buildStyle` is pure: the same inputs give the same style. Switching language or selection
 * produces a new style that the adapter diffs onto the map (only the changed properties update).
 */
import type { FontFacesSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { Locale, SiteFeature, WaterwayFeature } from '../domain/schema';
import type { Basemap, Origin, WalkOverlay } from '../domain/view';
import { toMapSites, toMapWaterways } from './features';
import { ORIGIN, ROUTE, WALK_STOPS, originLayers, routeLineLayers, walkStopLayers } from './overlay-layers';
import type { DataUrls } from '../data/urls';
import { OLD_CITY, PLACES, STREETS, contextBaseLayers, contextLabelLayers, walkwayLayers } from './context-layers';
import {
  BASEMAP, FONT, SITES, SITES_RAW, WATERWAYS, basemapLayer, siteLayers, waterwayLayers,
} from './layers';

export const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';

export type FontFiles = { thai: string; latin: string };

export type StyleInput = {
  locale: Locale;
  basemap: Basemap;
  sites: readonly SiteFeature[];
  waterways: readonly WaterwayFeature[];
  selection: { type: 'site' | 'waterway'; id: string } | null;
  fonts: FontFiles;
  /** Absolute URLs of the data files the map draws as context (MapLibre's worker fetches them). */
  data: DataUrls;
  origin?: Origin | null;
  /** The planned walk: each leg's line, and the numbered stops. */
  walk?: WalkOverlay | null;
  /** The research overlay: the canal coloured by distance to the nearest site, what-if sites. */
  /** The Research tab's layers, built by its own (lazily loaded) module: see coverage-layers.ts. */
  research?: FeatureLayers | null;
  /** A walk being followed: the part walked and the walker's position (see follow-layers.ts); it draws the route ahead itself. */
  follow?: FeatureLayers | null;
};

/**
 * Layers as data from a feature that loads on demand (the Research tab's coverage colours and
 * what-if sites): their sources, the lines drawn under the routes and sites, the points over them.
 */
export type FeatureLayers = {
  sources: Record<string, SourceSpecification>;
  below: LayerSpecification[];
  above: LayerSpecification[];
};

export type { WalkOverlay };

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

export function buildStyle(input: StyleInput): StyleSpecification {
  const { locale, basemap, selection } = input;
  const selectedSite = selection?.type === 'site' ? selection.id : null;
  const selectedWaterway = selection?.type === 'waterway' ? selection.id : null;
  const sitesData = toMapSites(input.sites);
  // The online raster basemap shows streets, water and places itself: the offline ones step aside.
  const offline = basemap !== 'osm';
  return {
    version: 8,
    name: 'Mae Kha offline',
    'font-faces': fontFaces(input.fonts),
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
      [STREETS]: { type: 'geojson', data: input.data.network, attribution: OSM_ATTRIBUTION },
      [OLD_CITY]: { type: 'geojson', data: input.data.oldCity },
      ...(offline ? { [PLACES]: { type: 'geojson' as const, data: input.data.places } } : {}),
      [WATERWAYS]: {
        type: 'geojson',
        data: toMapWaterways(input.waterways),
        attribution: OSM_ATTRIBUTION,
        promoteId: 'id',
      },
      // Clustered at low zoom so dense stretches stay readable; the raw copy keeps halos and the
      // selection ring visible whatever the clustering does.
      [SITES]: {
        type: 'geojson',
        data: sitesData,
        promoteId: 'id',
        cluster: true,
        clusterRadius: 28,
        clusterMaxZoom: 12,
      },
      [SITES_RAW]: { type: 'geojson', data: sitesData, promoteId: 'id' },
      // Overlays are added only while they have something to draw: empty sources still cost
      // MapLibre worker round trips before the first idle.
      ...(input.walk
        ? {
            [ROUTE]: {
              type: 'geojson' as const,
              data: collection(
                (input.walk?.legs ?? []).map((line, i) => ({
                  type: 'Feature',
                  geometry: { type: 'LineString', coordinates: line.map((p) => [...p]) },
                  properties: { leg: i },
                })),
              ),
            },
            [WALK_STOPS]: {
              type: 'geojson' as const,
              data: collection(
                (input.walk?.stops ?? []).map((stop, i) => ({
                  type: 'Feature',
                  geometry: { type: 'Point', coordinates: [...stop.point] },
                  properties: { id: stop.id, n: i + 1 },
                })),
              ),
            },
          }
        : {}),
      ...(input.research?.sources ?? {}),
      ...(input.follow?.sources ?? {}),
      ...(input.origin
        ? {
            [ORIGIN]: {
              type: 'geojson' as const,
              data: collection([
                {
                  type: 'Feature',
                  geometry: { type: 'Point', coordinates: [...input.origin.point] },
                  properties: { kind: input.origin.kind, accuracy: input.origin.accuracy ?? 0 },
                },
              ]),
            },
          }
        : {}),
    },
    // No background layer: the map's container shows MAP_BACKGROUND through the transparent canvas
    // (see MapView), which spares the GPU program a background layer needs (~45 ms at start-up).
    layers: [
      ...(basemap === 'osm' ? [basemapLayer] : []),
      ...(offline ? contextBaseLayers : []),
      ...waterwayLayers(locale, selectedWaterway),
      ...walkwayLayers,
      ...(input.research?.below ?? []),
      ...(input.walk && !input.follow ? routeLineLayers : []),
      ...(input.follow?.below ?? []),
      ...(offline ? contextLabelLayers(locale) : []),
      ...siteLayers(locale, selectedSite),
      ...(input.walk ? walkStopLayers(FONT) : []),
      ...(input.research?.above ?? []),
      ...(input.origin ? originLayers(input.origin.kind) : []),
      ...(input.follow?.above ?? []),
    ],
  };
}
