/**
 * A walk being followed, as layers-as-data for the style: the route ahead in the route's colour,
 * the part already walked in grey and dashed (told apart without colour too), and the walker's
 * position with the circle its accuracy spans (grey when the fix is too poor to act on). Loaded
 * with the follow feature, never at start-up.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { followMap, type FollowSession } from '../domain/follow/session';
import type { LngLat } from '../domain/types';
import { ROUTE_COLOUR, accuracyRadius } from './overlay-layers';
import type { Overlay } from './scene';
import type { MapView } from './map-view';

const WALKED = 'follow-walked';
const AHEAD = 'follow-ahead';
const POSITION = 'follow-position';
/** Walked: grey on the light map, 4.6:1 against the land (held by the contrast test). */
export const WALKED_COLOUR = '#636a73';
export const POSITION_COLOUR = '#1a73e8';
export const POOR_FIX_COLOUR = '#b45309';

const lines = (parts: readonly (readonly LngLat[])[]): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: parts
    .filter((p) => p.length > 1)
    .map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: p.map((x) => [...x]) } })),
});

const width = (narrow: number, wide: number) => ['interpolate', ['linear'], ['zoom'], 12, narrow, 17, wide] as unknown as number;

/** The session the camera last moved for: a new one is brought into view once, closely. */
let revealedFor: unknown = null;

/** The layers, and the camera move that keeps the walker and their next turn in view. */
export function followLayers(session: FollowSession): { layers: Overlay; reveal: (view: MapView) => void } {
  const map = followMap(session);
  const position = map.position;
  const colour = position?.good ? POSITION_COLOUR : POOR_FIX_COLOUR;
  const below: LayerSpecification[] = [
    {
      id: 'follow-ahead-casing',
      type: 'line',
      source: AHEAD,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': '#ffffff', 'line-width': width(5, 11) },
    },
    {
      id: 'follow-ahead',
      type: 'line',
      source: AHEAD,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ROUTE_COLOUR, 'line-width': width(3, 6) },
    },
    {
      id: 'follow-walked',
      type: 'line',
      source: WALKED,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': WALKED_COLOUR, 'line-width': width(2.5, 5), 'line-dasharray': [1.2, 1] },
    },
  ];
  const above: LayerSpecification[] = position
    ? [
        {
          id: 'follow-accuracy',
          type: 'circle',
          source: POSITION,
          paint: {
            // As wide on the ground as the fix is uncertain.
            'circle-radius': accuracyRadius(position.accuracy),
            'circle-color': colour,
            'circle-opacity': 0.12,
            'circle-stroke-color': colour,
            'circle-stroke-opacity': 0.8,
            'circle-stroke-width': 1.5,
          },
        },
        {
          // A soft ring around the dot: "you are here" is told apart from a site's round marker.
          id: 'follow-halo',
          type: 'circle',
          source: POSITION,
          paint: { 'circle-radius': 17, 'circle-color': colour, 'circle-opacity': 0.22 },
        },
        {
          id: 'follow-dot',
          type: 'circle',
          source: POSITION,
          paint: { 'circle-radius': 8, 'circle-color': colour, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 },
        },
      ]
    : [];
  return {
    layers: {
      sources: {
        [WALKED]: { type: 'geojson', data: lines(map.walked) },
        [AHEAD]: { type: 'geojson', data: lines(map.ahead) },
        ...(position
          ? {
              [POSITION]: {
                type: 'geojson' as const,
                data: { type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: [...position.point] } },
              },
            }
          : {}),
      },
      layers: { lines: below, points: above },
    },
    reveal: (view) => {
      const first = revealedFor !== session.stops;
      revealedFor = session.stops;
      reveal(view, map.reveal, first);
    },
  };
}

/**
 * Keeps points (the walker and their next turn) in the visible part of the map: the camera moves
 * only when one has left it, and, when following starts, if the map is zoomed out too far to walk
 * by (later, a reader who zooms out to look keeps that view while both stay in it).
 */
function reveal(view: MapView, points: readonly LngLat[], first: boolean): void {
  const { map } = view;
  const { clientWidth: w, clientHeight: h } = map.getContainer();
  const out = points.some((p) => {
    const { x, y } = map.project(p as [number, number]);
    return x < 40 || y < 48 || x > w - 56 || y > h - view.bottomInset - 40;
  });
  if (!points.length || (!out && !(first && map.getZoom() < 15))) return;
  const lng = points.map((p) => p[0]);
  const lat = points.map((p) => p[1]);
  view.fitBounds([[Math.min(...lng), Math.min(...lat)], [Math.max(...lng), Math.max(...lat)]]);
}
