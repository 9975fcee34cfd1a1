// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BACKUP_KEY, BACKUP_SLOTS, deleteTrip, duplicateTrip, emptyStore, keepBackup, listBackups, listTrips, putTrip, readTrips, renameTrip, saveTrips, startAfresh, STORAGE_KEY } from '../../../src/domain/trip/storage';
import type { SavedTrip } from '../../../src/domain/trip/trip';
import { exportTrips, importTrips } from '../../../src/domain/trip/transfer';
import { brief } from './fixtures';

/** A Storage-shaped map. */
function memory(initial: Record<string, string> = {}, quota = Infinity) {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      // As browsers do: a write that would pass the quota throws, and nothing changes.
      if (used() - (data.get(k)?.length ?? 0) - (data.has(k) ? k.length : 0) + k.length + v.length > quota) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
    data,
  };
}

const trip = (id: string, name = id): SavedTrip => ({
  id,
  name,
  createdAt: '2025-11-01T08:00:00.000Z',
  updatedAt: '2025-11-01T08:00:00.000Z',
  brief: brief(),
  stops: [{ id: 'wat-hua-fai', locked: true }, { id: 'rakaeng-bridge', locked: false }],
});
const ids = (s: { trips: readonly SavedTrip[] }) => s.trips.map((t) => t.id);
let n = 0;
const seq = () => `new-${++n}`;

describe('saved trips', () => {
  it('round-trips through storage', () => {
    const store = memory();
    const state = { ...emptyStore(), trips: [trip('a'), trip('b')] };
    expect(saveTrips(store, state)).toEqual({ ok: true });
    expect(readTrips(store)).toEqual({ state, dropped: [], problem: null, migratedFrom: null, locked: null });
  });

  it('migrates the documented version 1 shape', () => {
    const v1 = { version: 1, trips: [{ id: 'old', title: 'Canal walk', created: Date.UTC(2024, 5, 1), brief: { date: '2024-06-10', startTime: '08:30', minutes: 90, group: 'primary', groupSize: 20, subjects: ['water-ecology'], stepFree: false }, stops: ['mk06-sri-don-chai-bridge', 'rakaeng-bridge'] }] };
    const out = readTrips(memory({ [STORAGE_KEY]: JSON.stringify(v1) }));
    expect(out.migratedFrom).toBe(1);
    expect(out.state.trips[0]).toMatchObject({
      id: 'old',
      name: 'Canal walk',
      createdAt: '2024-06-01T00:00:00.000Z',
      brief: { budgetMinutes: 90, start: { kind: 'site', id: 'mk06-sri-don-chai-bridge' }, end: { kind: 'site', id: 'rakaeng-bridge' } },
      stops: [{ id: 'mk06-sri-don-chai-bridge', locked: false }, { id: 'rakaeng-bridge', locked: false }],
    });
  });

  it('recovers a damaged store: keeps every valid trip, reports and backs up the rest', () => {
    const raw = JSON.stringify({ version: 2, trips: [trip('a'), { id: 'b', name: 42 }, 'junk', trip('a'), trip('c')] });
    const store = memory({ [STORAGE_KEY]: raw });
    const out = readTrips(store);
    expect(ids(out.state)).toEqual(['a', 'c']);
    expect(out.dropped.map((d) => [d.index, d.id, d.key])).toEqual([
      [1, 'b', 'trip.store.invalidTrip'],
      [2, null, 'trip.store.invalidTrip'],
      [3, 'a', 'trip.store.duplicateId'],
    ]);
    // The text as it was is the newest backup, and the recovered list is written back.
    expect(listBackups(store)[0]).toMatchObject({ reason: 'damaged-trips', text: raw });
    expect(ids(readTrips(store).state)).toEqual(['a', 'c']);
    expect(out.locked).toBeNull();
  });

  it('a damaged store with no room for a backup is left as it is, locked, not written over', () => {
    const raw = JSON.stringify({ version: 2, trips: [trip('a'), { id: 'b', name: 42 }] });
    const store = memory({ [STORAGE_KEY]: raw }, raw.length + STORAGE_KEY.length + 10);
    const out = readTrips(store);
    expect(ids(out.state)).toEqual(['a']);
    expect(out.locked).toEqual({ raw });
    expect(store.data.get(STORAGE_KEY)).toBe(raw);
  });

  it('an unreadable store (damaged, or from an unknown version) is a named problem, never written over', () => {
    for (const raw of ['{"version":2,"trips":[', JSON.stringify({ version: 3, trips: [trip('a')] })]) {
      const store = memory({ [STORAGE_KEY]: raw });
      const out = readTrips(store);
      expect(out.problem?.key).toMatch(/^trip\.store\.(notJson|unsupportedVersion)$/);
      expect(out.state.trips).toEqual([]);
      expect(out.locked).toEqual({ raw });
      expect(store.data.get(STORAGE_KEY)).toBe(raw);
      // Starting afresh keeps it as a backup first.
      expect(startAfresh(store, raw)).toEqual({ ok: true });
      expect(listBackups(store)[0]).toMatchObject({ reason: 'unreadable', text: raw });
      expect(readTrips(store).state.trips).toEqual([]);
    }
  });

  it('starts afresh over an unreadable store without room for a backup only once it was downloaded', () => {
    const raw = 'x'.repeat(200);
    const store = memory({ [STORAGE_KEY]: raw }, 260);
    expect(startAfresh(store, raw)).toEqual({ ok: false, reason: 'no-room' });
    expect(store.data.get(STORAGE_KEY)).toBe(raw);
    expect(startAfresh(store, raw, { downloaded: true })).toEqual({ ok: true });
  });

  it('backups rotate: the newest first, the oldest falls off, and the single slot of earlier versions is still listed', () => {
    const store = memory({ [BACKUP_KEY]: 'legacy' });
    for (let i = 1; i <= BACKUP_SLOTS + 1; i++) expect(keepBackup(store, `text ${i}`, 'unreadable', new Date(Date.UTC(2026, 0, i)))).toBe(true);
    expect(listBackups(store).map((b) => b.text)).toEqual(['text 4', 'text 3', 'text 2', 'legacy']);
    expect(listBackups(store)[0]!.at).toBe('2026-01-04T00:00:00.000Z');
  });

  it('a failing storage is reported', () => {
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(saveTrips(full, emptyStore())).toMatchObject({ ok: false, error: { key: 'trip.store.saveFailed' } });
  });

  it('renames, duplicates and deletes without touching the input', () => {
    const state = Object.freeze({ ...emptyStore(), trips: Object.freeze([trip('a', 'Walk')]) });
    const renamed = renameTrip(state, 'a', '  River day ', new Date('2025-11-02T00:00:00Z'));
    expect(renamed.ok && renamed.state.trips[0]).toMatchObject({ name: 'River day', updatedAt: '2025-11-02T00:00:00.000Z' });
    expect(renameTrip(state, 'a', '   ')).toEqual({ ok: false, error: 'invalid-name' });
    const copy = duplicateTrip(state, 'a', { newId: () => 'a2' });
    expect(copy.ok && listTrips(copy.state).map((t) => t.name).sort()).toEqual(['Walk', 'Walk (2)']);
    expect(copy.id).toBe('a2');
    expect(deleteTrip(state, 'a')).toEqual({ ok: true, state: emptyStore() });
    expect(deleteTrip(state, 'zz')).toEqual({ ok: false, error: 'not-found' });
    expect(state.trips).toHaveLength(1);
  });

  it('rejects an invalid trip', () => {
    expect(putTrip(emptyStore(), { ...trip('a'), name: '' })).toEqual({ ok: false, error: 'invalid-trip' });
  });
});

describe('export and import', () => {
  it('imports an export; clashing ids get new ones', () => {
    const state = { ...emptyStore(), trips: [trip('a')] };
    const out = importTrips(state, exportTrips([trip('a'), trip('b')]), { newId: seq });
    expect(out.ok && ids(out.state)).toEqual(['a', 'new-1', 'b']);
    expect(out.ok && out.reassigned).toEqual([{ from: 'a', to: 'new-1' }]);
  });

  it('a damaged file is a named problem and the existing trips are untouched', () => {
    const state = Object.freeze({ ...emptyStore(), trips: Object.freeze([trip('a')]) });
    expect(importTrips(state, '{"kind":"maekha-trips","version":2,"tr')).toMatchObject({ ok: false, problem: { key: 'trip.store.notJson' } });
    expect(importTrips(state, '{"kind":"something-else"}')).toMatchObject({ ok: false, problem: { key: 'trip.import.notTripFile' } });
    expect(importTrips(state, '{"version":9,"trips":[]}')).toMatchObject({ ok: false, problem: { key: 'trip.store.unsupportedVersion' } });
    expect(importTrips(state, '{"version":2,"trips":[{"id":"x"}]}')).toMatchObject({ ok: false, problem: { key: 'trip.import.noValidTrips' } });
    expect(ids(state)).toEqual(['a']);
  });

  it('imports the good trips of a partly damaged file and names the rest', () => {
    const text = JSON.stringify({ kind: 'maekha-trips', version: 2, trips: [trip('b'), { id: 'bad' }] });
    const out = importTrips(emptyStore(), text);
    expect(out.ok && out.added).toEqual(['b']);
    expect(out.ok && out.dropped.map((d) => d.id)).toEqual(['bad']);
  });
});
