import { describe, expect, it, vi } from 'vitest';
import { loadEmbeddedData } from '../../src/data';
import { encodeTrip } from '../../src/domain/trip/share';
import { STORAGE_KEY, emptyStore, putTrip } from '../../src/domain/trip/storage';
import { createAppStore } from '../../src/store';
import { commitSavedTrips } from '../../src/store/saved-trips';
import { newDraft } from '../../src/store/trip-draft';
import { runTrip } from '../../src/store/trip-run';

const data = loadEmbeddedData();
const [a, b] = data.sites.value.map((s) => s.properties.id);

/** A Storage-shaped map. */
function memory(initial: Record<string, string> = {}): Storage {
  const m = new Map(Object.entries(initial));
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    key: (i) => [...m.keys()][i] ?? null,
    clear: () => m.clear(),
    get length() {
      return m.size;
    },
  };
}
const sharedTrip = (stops: string[]) => ({ ...newDraft(data.sites.value, 'Class 3/2'), stops: stops.map((id) => ({ id, locked: false })) });

describe('the trip tab’s behaviour, without rendering', () => {
  it('opens the trip of a link as its itinerary, names unknown places, and then keeps the link in step with the trip', () => {
    const link = encodeTrip(sharedTrip([a!, 'no-such-place', b!]));
    const store = createAppStore({ data, locale: 'en', panel: 'trip', tripLink: link });
    const stop = runTrip(store, 'New trip', memory(), new EventTarget());
    const s = store.getState();
    expect(s.trip!.name).toBe('Class 3/2');
    expect(s.trip!.stops.map((x) => x.id)).toEqual([a, b]);
    expect(s.tripView).toBe('itinerary');
    expect(s.notices.map((n) => n.key)).toContain('trip:share.unknown');
    expect(s.tripLinkPending).toBe(false);
    // The link follows the trip being edited…
    s.removeTripStop(b!);
    expect(store.getState().tripLink).toBe(encodeTrip(store.getState().trip!));
    const kept = store.getState().tripLink;
    // …and stops following when the tab's behaviour is stopped.
    stop();
    store.getState().removeTripStop(a!);
    expect(store.getState().tripLink).toBe(kept);
  });

  it('a link that cannot be read is named in a notice, and a new trip opens', () => {
    const store = createAppStore({ data, locale: 'th', panel: 'trip', tripLink: '!!not-a-trip' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    runTrip(store, 'ทัศนศึกษาใหม่', memory(), new EventTarget())();
    warn.mockRestore();
    expect(store.getState().notices.map((n) => n.key)).toContain('trip:share.unreadable');
    expect(store.getState().trip!.name).toBe('ทัศนศึกษาใหม่');
    expect(store.getState().trip!.stops).toEqual([]);
  });

  it('reads the saved trips once, reports a damaged store, and follows what another tab writes', () => {
    const storage = memory({ [STORAGE_KEY]: '{ not json' });
    const target = new EventTarget();
    const store = createAppStore({ data, locale: 'en', panel: 'trip' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stop = runTrip(store, 'New trip', storage, target);
    warn.mockRestore();
    expect(store.getState().notices.map((n) => n.key)).toContain('trip:store.unreadable');
    // An unreadable store is locked: nothing is written over it, and another tab's event is ignored.
    expect(store.getState().tripStoreLock).not.toBeNull();
    expect(commitSavedTrips(store, emptyStore(), storage)).toMatchObject({ ok: false, reason: 'locked' });
    const before = store.getState().savedTrips;
    target.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY }));
    expect(store.getState().savedTrips).toBe(before);
    expect(storage.getItem(STORAGE_KEY)).toBe('{ not json');
    stop();

    const fresh = memory();
    const other = createAppStore({ data, locale: 'en', panel: 'trip' });
    const stopOther = runTrip(other, 'New trip', fresh, target);
    expect(other.getState().savedTrips).toEqual(emptyStore());
    const now = new Date().toISOString();
    const put = putTrip(emptyStore(), { ...sharedTrip([a!]), id: 't1', createdAt: now, updatedAt: now });
    if (!put.ok) throw new Error('putTrip');
    // Another tab writes the store; its storage event reaches this one.
    fresh.setItem(STORAGE_KEY, JSON.stringify(put.state));
    target.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY }));
    expect(other.getState().savedTrips!.trips.map((t) => t.id)).toEqual(['t1']);
    stopOther();
  });
});
