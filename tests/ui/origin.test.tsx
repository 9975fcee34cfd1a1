import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mapViews, sourceFeatures } from './map-view-mock';
import { renderApp } from './render-app';

vi.mock('../../src/map/map-view', () => import('./map-view-mock'));

/** A fake device location, or a refusal, as the browser's Geolocation API gives them. */
function fakeGeolocation(result: { lng: number; lat: number; accuracy: number } | { code: 1 | 2 | 3 }) {
  const geo: Pick<Geolocation, 'getCurrentPosition'> = {
    getCurrentPosition: (ok, fail) => {
      if ('code' in result) {
        fail?.({ code: result.code, message: '', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
      } else {
        ok({ coords: { longitude: result.lng, latitude: result.lat, accuracy: result.accuracy } } as GeolocationPosition);
      }
    },
  };
  vi.stubGlobal('navigator', { ...navigator, geolocation: geo });
}

const listIds = () =>
  within(screen.getByRole('navigation', { name: /Sites along the canal|สถานที่ริมคลอง/ }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('[data-site-id]')!.getAttribute('data-site-id'));

beforeEach(() => {
  mapViews.length = 0;
});
afterEach(() => vi.unstubAllGlobals());

describe('distance from a chosen point', () => {
  it('orders the list by distance from the device location, nearest first, and shows the point on the map', async () => {
    // Warorot market's own coordinates: it must come first.
    fakeGeolocation({ lng: 99.0005, lat: 18.7905, accuracy: 30 });
    const { store } = renderApp();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Order/ }), 'distance');
    expect(screen.getByRole('group', { name: 'Measure distances from' })).toHaveTextContent('Choose where to measure from');
    await userEvent.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(screen.getByRole('group', { name: 'Measure distances from' })).toHaveTextContent('From your location');
    const ids = listIds();
    const warorot = store.getState().data.sites.value.find((s) => s.properties.id === 'warorot-market')!;
    const [lng, lat] = warorot.geometry.coordinates;
    fakeGeolocation({ lng, lat, accuracy: 30 });
    await userEvent.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(listIds()[0]).toBe('warorot-market');
    expect(ids.length).toBe(listIds().length);
    expect((sourceFeatures('origin')[0]!.geometry as GeoJSON.Point).coordinates).toEqual([lng, lat]);
  });

  it('a refused location request explains itself in Thai and keeps the list as it was', async () => {
    fakeGeolocation({ code: 1 });
    renderApp({ search: '?lang=th' });
    const before = listIds();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /เรียง/ }), 'distance');
    await userEvent.click(screen.getByRole('button', { name: 'ใช้ตำแหน่งของฉัน' }));
    expect(screen.getByRole('status')).toHaveTextContent('ไม่ได้รับอนุญาตให้เข้าถึงตำแหน่ง');
    expect(listIds()).toEqual(before);
  });

  it('a location outside Chiang Mai is named as such, not used', async () => {
    fakeGeolocation({ lng: 100.5, lat: 13.75, accuracy: 20 });
    const { store } = renderApp();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Order/ }), 'distance');
    await userEvent.click(screen.getByRole('button', { name: 'Use my location' }));
    expect(screen.getByRole('status')).toHaveTextContent('outside the area this map covers');
    expect(store.getState().origin).toBeNull();
  });

  it('picking a point on the map: the map is told to pick, the picked point orders the list, Esc cancels', async () => {
    const { store } = renderApp();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Order/ }), 'distance');
    await userEvent.click(screen.getByRole('button', { name: 'Pick a point on the map' }));
    expect(mapViews[0]!.setPicking).toHaveBeenLastCalledWith(true);
    await userEvent.keyboard('{Escape}');
    expect(mapViews[0]!.setPicking).toHaveBeenLastCalledWith(false);
    const mk08 = store.getState().data.sites.value.find((s) => s.properties.code === 'MK08')!;
    store.getState().setOrigin({ kind: 'point', point: mk08.geometry.coordinates });
    expect(await screen.findByText('From the point you picked on the map')).toBeInTheDocument();
    expect(listIds()[0]).toBe(mk08.properties.id);
  });
});
