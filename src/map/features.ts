/**
 * Flattens the app's features for the map: vector tiling turns nested objects into strings, so
 * label texts become plain `name_th` / `name_en` properties.
 */
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { SiteFeature, WaterwayFeature } from '../domain/schema';
import { labelLines } from './label-lines';

/** Letters per line of a site's label: Thai letters are narrower than Latin ones at one size. */
export const LABEL_LINE = { th: 14, en: 16 } as const;

export type MapSiteProps = {
  id: string;
  category: SiteFeature['properties']['category'];
  status: SiteFeature['properties']['status'];
  name_th: string;
  name_en: string;
  positionAccuracy: number;
};

export type MapWaterwayProps = {
  id: string;
  kind: WaterwayFeature['properties']['kind'];
  name_th: string;
  name_en: string;
  approximate: boolean;
};

export function toMapSites(sites: readonly SiteFeature[]): FeatureCollection<Point, MapSiteProps> {
  return {
    type: 'FeatureCollection',
    features: sites.map((s) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [...s.geometry.coordinates] },
      properties: {
        id: s.properties.id,
        category: s.properties.category,
        status: s.properties.status,
        name_th: labelLines(s.properties.name.th, LABEL_LINE.th),
        name_en: labelLines(s.properties.name.en, LABEL_LINE.en),
        positionAccuracy: s.properties.positionAccuracy,
      },
    })),
  };
}

export function toMapWaterways(
  waterways: readonly WaterwayFeature[],
): FeatureCollection<LineString | MultiLineString, MapWaterwayProps> {
  return {
    type: 'FeatureCollection',
    features: waterways.map((w) => ({
      type: 'Feature',
      geometry: w.geometry as LineString | MultiLineString,
      properties: {
        id: w.properties.id,
        kind: w.properties.kind,
        name_th: w.properties.name.th,
        name_en: w.properties.name.en,
        approximate: w.properties.approximate,
      },
    })),
  };
}
