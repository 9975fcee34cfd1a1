/** jsdom has no WebGL: UI tests replace the map adapter at its module boundary with this. */
import { vi } from 'vitest';
import type { MapView as RealMapView } from '../../src/map/map-view';
import { compose, type Scene } from '../../src/map/scene';

/** Every public member of the real adapter: a method added there and missing here fails tsc. */
type Api = { [K in keyof RealMapView]: unknown };

export const mapViews: MapView[] = [];

export class MapView implements Api {
  map = null;
  bottomInset = 0;
  draw = vi.fn();
  flyTo = vi.fn();
  resize = vi.fn();
  destroy = vi.fn();
  setPicking = vi.fn();
  setControlStrings = vi.fn();
  setBottomInset = vi.fn();
  fitBounds = vi.fn();
  snapshot = vi.fn(() => Promise.resolve('data:image/png;base64,'));
  snapshotOf = vi.fn(() => Promise.resolve('data:image/png;base64,'));
  scene: Scene;
  constructor(_container: unknown, scene: Scene) {
    this.scene = scene;
    mapViews.push(this);
  }
}

/** The last scene given to a map (the one it was created with, if none since). */
export const lastScene = (view: MapView = mapViews[0]!): Scene => (view.draw.mock.lastCall?.[0] ?? view.scene) as Scene;

/** The style the last scene given to a map would show (the scene it was created with, if none since). */
export function lastStyle(view: MapView = mapViews[0]!) {
  return compose(lastScene(view));
}

/** The features of one GeoJSON source in the last scene given to a map (none when the source is not there). */
export function sourceFeatures(id: string, view: MapView = mapViews[0]!): GeoJSON.Feature[] {
  const data = compose(lastScene(view)).sources[id];
  return data?.type === 'geojson' && typeof data.data === 'object' && data.data.type === 'FeatureCollection' ? data.data.features : [];
}
