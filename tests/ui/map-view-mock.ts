/** jsdom has no WebGL: UI tests replace the map adapter at its module boundary with this. */
import { vi } from 'vitest';
import type { MapView as RealMapView } from '../../src/map/map-view';

/** Every public member of the real adapter: a method added there and missing here fails tsc. */
type Api = { [K in keyof RealMapView]: unknown };

export const mapViews: { setStyle: ReturnType<typeof vi.fn>; setPicking: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn> }[] = [];

export class MapView implements Api {
  map = null;
  bottomInset = 0;
  setStyle = vi.fn();
  flyTo = vi.fn();
  resize = vi.fn();
  destroy = vi.fn();
  setPicking = vi.fn();
  setControlStrings = vi.fn();
  setBottomInset = vi.fn();
  fitBounds = vi.fn();
  snapshot = vi.fn(() => Promise.resolve('data:image/png;base64,'));
  snapshotOf = vi.fn(() => Promise.resolve('data:image/png;base64,'));
  constructor() {
    mapViews.push(this);
  }
}
