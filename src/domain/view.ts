/**
 * What the map is asked to show, as plain data: the store derives these values and the map draws
 * them, so neither imports the other's types.
 */
import type { LngLat } from './types';

/** The basemap under the app's own layers: none (the offline street map) or OpenStreetMap's tiles. */
export type Basemap = 'none' | 'osm';

/** Where distances are measured from: a point picked on the map, or the device's position. */
export type Origin = { kind: 'point' | 'location'; point: LngLat; accuracy?: number };

/** A route drawn on the map: its legs as lines and its numbered stops. */
export type WalkOverlay = { legs: readonly (readonly LngLat[])[]; stops: readonly { id: string; point: LngLat }[] };
