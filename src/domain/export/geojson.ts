/** A walk as an RFC 7946 GeoJSON FeatureCollection: one line per leg and a point per stop. */
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { Localized } from '../schema';
import type { Route } from '../network/types';
import type { LngLat } from '../types';
import { stopsInWalkOrder, type ExportStop } from './stops';

export type GeoJsonMeta = { name: string; description?: string };

/** RFC 7946 §11.2: 6–7 decimals is about 10 cm to 1 cm, more than a walk needs. */
const position = ([lng, lat]: LngLat): Position => [Number(lng.toFixed(7)), Number(lat.toFixed(7))];

/**
 * The walk as GeoJSON: a LineString per leg (index, from, to, distance in metres), then a Point per
 * stop (id, order from 1, name_th, name_en). The walk's name, profile and totals sit in a
 * `properties` foreign member of the collection (RFC 7946 §6.1), and on each leg its profile.
 * @example routeToGeoJSON(route, stops, { name: 'Canal walk' }).features.length // legs + stops
 */
export function routeToGeoJSON(
  route: Route,
  stops: readonly ExportStop<Localized>[],
  meta: GeoJsonMeta,
): FeatureCollection & { properties: Record<string, unknown> } {
  const legs = route.legs.map(
    (leg, index): Feature<LineString> => {
      const coordinates = leg.geometry.map(position);
      // A LineString needs two positions; a leg between two stops at one place still gets drawn.
      if (coordinates.length === 1) coordinates.push(coordinates[0] as Position);
      return {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates },
        properties: { kind: 'leg', index, from: leg.from, to: leg.to, distance: Math.round(leg.distance), profile: route.profile },
      };
    },
  );
  const points = stopsInWalkOrder(route, stops).map(
    (stop, i): Feature<Point> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: position(stop.point) },
      properties: { kind: 'stop', id: stop.id, order: i + 1, name_th: stop.name.th, name_en: stop.name.en },
    }),
  );
  return {
    type: 'FeatureCollection',
    properties: {
      name: meta.name,
      ...(meta.description ? { description: meta.description } : {}),
      profile: route.profile,
      loop: route.loop,
      stops: route.stops.length,
      legs: route.legs.length,
      distance: Math.round(route.distance),
    },
    features: [...legs, ...points],
  };
}
