/** jsdom has no WebGL: UI tests replace the map adapter at its module boundary with this. */
import { vi } from 'vitest';

export const mapViews: { setStyle: ReturnType<typeof vi.fn>; setPicking: ReturnType<typeof vi.fn> }[] = [];

export class MapView {
  setStyle = vi.fn();
  flyTo = vi.fn();
  resize = vi.fn();
  destroy = vi.fn();
  setPicking = vi.fn();
  setControlStrings = vi.fn();
  fitBounds = vi.fn();
  snapshot = vi.fn(() => Promise.resolve('data:image/png;base64,'));
  constructor() {
    mapViews.push(this);
  }
}
