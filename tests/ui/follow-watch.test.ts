import { describe, expect, it, vi } from 'vitest';
import { loadEmbeddedData } from '../../src/data';
import { createSession } from '../../src/domain/follow/session';
import type { LngLat } from '../../src/domain/types';
import { createAppStore } from '../../src/store';
import { startWatching, wakeLockState } from '../../src/ui/follow/watch';

const A: LngLat = [99.0, 18.79];
const B: LngLat = [99.0, 18.792];

/** A device whose position, permission and wake lock the test drives. */
function fakeDevice(options: { wakeLock?: 'yes' | 'refused' | 'none' } = {}) {
  const watchers = new Map<number, { ok: PositionCallback; fail: PositionErrorCallback }>();
  let next = 1;
  const released = vi.fn(() => Promise.resolve());
  const geolocation = {
    watchPosition: vi.fn((ok: PositionCallback, fail: PositionErrorCallback) => {
      watchers.set(next, { ok, fail });
      return next++;
    }),
    clearWatch: vi.fn((id: number) => watchers.delete(id)),
    getCurrentPosition: vi.fn(),
  } as unknown as Geolocation;
  const wakeLock =
    options.wakeLock === 'none'
      ? undefined
      : { request: vi.fn(() => (options.wakeLock === 'refused' ? Promise.reject(new Error('NotAllowedError')) : Promise.resolve({ release: released }))) };
  const at = ([lng, lat]: LngLat, accuracy = 8) => {
    for (const w of watchers.values()) w.ok({ coords: { longitude: lng, latitude: lat, accuracy }, timestamp: Date.now() } as GeolocationPosition);
  };
  const fail = (code: number) => {
    for (const w of watchers.values()) w.fail({ code, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: '' } as GeolocationPositionError);
  };
  return { device: { geolocation, wakeLock }, watchers, at, fail, released, wakeLock };
}

function followingStore() {
  const store = createAppStore({ data: loadEmbeddedData(), locale: 'en' });
  const stop = { id: 'a', name: { th: 'ก', en: 'A' }, point: A, site: null };
  store.setState({
    follow: createSession({
      kind: 'walk',
      stops: [stop, { ...stop, id: 'b', point: B }],
      targets: [null, null],
      profile: 'shortest',
      legs: [{ line: [A, B], steps: { th: [], en: [] } }],
    }),
  });
  return store;
}

/** A document whose visibility the test sets. */
function fakeDocument() {
  const target = new EventTarget() as EventTarget & { hidden: boolean };
  target.hidden = false;
  const setHidden = (hidden: boolean) => {
    target.hidden = hidden;
    target.dispatchEvent(new Event('visibilitychange'));
  };
  return { doc: target as unknown as Document, setHidden };
}

describe('following on the device', () => {
  it('keeps one position watcher, stops it while the page is hidden, and everything when following ends', async () => {
    const store = followingStore();
    const fake = fakeDevice();
    const { doc, setHidden } = fakeDocument();
    const stop = startWatching(store, fake.device, doc);
    expect(fake.watchers.size).toBe(1);
    fake.at(A);
    expect(store.getState().follow?.state.quality).toBe('good');
    setHidden(true);
    expect(fake.watchers.size).toBe(0);
    setHidden(false);
    setHidden(false);
    expect(fake.watchers.size).toBe(1);
    await vi.waitFor(() => expect(wakeLockState.held).toBe(true), { timeout: 10_000 });
    stop();
    expect(fake.watchers.size).toBe(0);
    expect(fake.released).toHaveBeenCalled();
    expect(wakeLockState.held).toBe(false);
  });

  it('names a refused permission and a position outside the map, and keeps the session', () => {
    const store = followingStore();
    const fake = fakeDevice({ wakeLock: 'none' });
    const { doc } = fakeDocument();
    const stop = startWatching(store, fake.device, doc);
    fake.fail(1);
    expect(store.getState().follow?.problem).toBe('denied');
    fake.at([100.5, 13.75]); // Bangkok
    expect(store.getState().follow?.problem).toBe('outside');
    fake.at(A);
    expect(store.getState().follow?.problem).toBeNull();
    stop();
  });

  it('works without a wake lock, or with one refused, and without geolocation names it', async () => {
    const store = followingStore();
    const refused = fakeDevice({ wakeLock: 'refused' });
    const stop = startWatching(store, refused.device, fakeDocument().doc);
    await Promise.resolve();
    expect(wakeLockState.held).toBe(false);
    refused.at(A);
    expect(store.getState().follow?.state.fix?.point).toEqual(A);
    stop();
    const bare = followingStore();
    startWatching(bare, {}, fakeDocument().doc)();
    expect(bare.getState().follow?.problem).toBe('unsupported');
  });
});
