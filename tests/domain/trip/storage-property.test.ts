// @vitest-environment node
/**
 * The storage layer as the app drives it, under random sequences of save, rename, delete, import,
 * a full disk, damage to the stored text, and reloads: no trip the app reported saved is ever lost.
 * A trip is "kept" when it is in the list the app reads, or in the stored text or a backup that the
 * app leaves for the teacher to download and restore (a locked store, a kept backup).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_SLOTS,
  commitTrips,
  deleteTrip,
  emptyStore,
  listBackups,
  putTrip,
  readTrips,
  renameTrip,
  STORAGE_KEY,
  storedText,
  type ReadResult,
  type TripStore,
} from '../../../src/domain/trip/storage';
import type { SavedTrip } from '../../../src/domain/trip/trip';
import { exportTrips, importTrips } from '../../../src/domain/trip/transfer';
import { brief } from './fixtures';

/** Browser-like storage with a quota the test can lower and raise. */
function disk() {
  const data = new Map<string, string>();
  let quota = Infinity;
  const used = () => [...data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    data,
    setQuota: (q: number) => void (quota = q),
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      const after = used() - (data.has(k) ? k.length + data.get(k)!.length : 0) + k.length + v.length;
      if (after > quota) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
  };
}

const trip = (id: string, name: string): SavedTrip => ({
  id,
  name,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
  brief: brief(),
  stops: [{ id: 'wat-hua-fai', locked: false }],
});

/** Two tabs of the app share one storage; `tab` says which one acts. */
type Op =
  | { op: 'save'; tab: number; id: number; name: string }
  | { op: 'rename'; tab: number; id: number; name: string }
  | { op: 'delete'; tab: number; id: number }
  | { op: 'import'; tab: number; ids: number[] }
  | { op: 'quota'; full: boolean }
  | { op: 'damage'; kind: 'one-trip' | 'truncate' | 'unknown-version' }
  | { op: 'reload'; tab: number };

const name = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0);
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('save' as const), tab: fc.nat(1), id: fc.nat(6), name }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('rename' as const), tab: fc.nat(1), id: fc.nat(6), name }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('delete' as const), tab: fc.nat(1), id: fc.nat(6) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('import' as const), tab: fc.nat(1), ids: fc.array(fc.nat(9), { maxLength: 3 }) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('quota' as const), full: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('damage' as const), kind: fc.constantFrom('one-trip' as const, 'truncate' as const, 'unknown-version' as const) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('reload' as const), tab: fc.nat(1) }), weight: 2 },
);

describe('saved trips under random use in two tabs, full disks and damage', () => {
  it('never lose a trip the app reported saved', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const storage = disk();
        /** Each tab as the app holds it: what it read, the list it shows, the text it knows. */
        const open = () => {
          const read: ReadResult = readTrips(storage);
          return { read, shown: read.state as TripStore, known: storedText(storage) };
        };
        const tabs = [open(), open()];
        /** What the app told the teacher is saved, by id (a trip destroyed by outside damage leaves this list). */
        const reported = new Map<string, SavedTrip>();
        let tab = tabs[0]!;
        const commit = (next: TripStore, change: () => void) => {
          const out = commitTrips(storage, tab.read.locked, next, tab.known);
          if (out.ok) {
            tab.shown = next;
            tab.known = out.text;
            change();
          } else if (out.reason === 'changed') tabs[tabs.indexOf(tab)] = open();
        };
        for (const o of ops) {
          if ('tab' in o) tab = tabs[o.tab]!;
          const shown = tab.shown;
          if (o.op === 'save') {
            const t = trip(`t${o.id}`, o.name);
            const out = putTrip(shown, t);
            if (out.ok) commit(out.state, () => reported.set(t.id, t));
          } else if (o.op === 'rename') {
            const out = renameTrip(shown, `t${o.id}`, o.name, new Date('2026-11-02T00:00:00Z'));
            if (out.ok) commit(out.state, () => reported.set(`t${o.id}`, out.state.trips.find((x) => x.id === `t${o.id}`)!));
          } else if (o.op === 'delete') {
            const out = deleteTrip(shown, `t${o.id}`);
            if (out.ok) commit(out.state, () => reported.delete(`t${o.id}`));
          } else if (o.op === 'import') {
            const out = importTrips(shown, exportTrips(o.ids.map((i) => trip(`f${i}`, `File ${i}`))));
            if (out.ok) commit(out.state, () => out.added.forEach((id) => reported.set(id, out.state.trips.find((x) => x.id === id)!)));
          } else if (o.op === 'quota') {
            const used = [...storage.data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
            storage.setQuota(o.full ? used + 50 : Infinity);
          } else if (o.op === 'damage') {
            const raw = storage.data.get(STORAGE_KEY);
            if (!raw) continue;
            // Damage from outside the app (another program, a broken disk): what it destroys was
            // not lost by the app, so it leaves the list of what must survive.
            if (o.kind === 'one-trip') {
              let json: { version: number; trips: { id: string }[] };
              try {
                json = JSON.parse(raw) as typeof json;
              } catch {
                continue; // already broken beyond one trip
              }
              const victim = json.trips?.[0];
              if (!victim) continue;
              json.trips[0] = { id: victim.id, name: 42 } as never;
              storage.data.set(STORAGE_KEY, JSON.stringify(json));
              reported.delete(victim.id);
            } else if (o.kind === 'truncate') {
              const half = raw.slice(0, Math.floor(raw.length / 2));
              storage.data.set(STORAGE_KEY, half);
              // What was cut off is destroyed; the half left (text the app cannot read) must be kept.
              for (const id of [...reported.keys()]) if (!half.includes(`"id":"${id}"`)) reported.delete(id);
            } else {
              storage.data.set(STORAGE_KEY, raw.replace(/"version":\d+/, '"version":99'));
            }
          } else {
            tabs[o.tab] = open();
          }
          // After every step: each reported trip is in the list shown, or its text is kept in the
          // store (left untouched while locked) or in a backup.
          const kept = [storage.data.get(STORAGE_KEY) ?? '', ...listBackups(storage).map((b) => b.text)].join('\n');
          for (const [id, t] of reported) {
            const inList = tabs.some((x) => x.shown.trips.some((y) => y.id === id && y.name === t.name) && storedText(storage) === x.known);
            expect(inList || kept.includes(`"id":"${id}"`), `trip ${id} (“${t.name}”) after ${JSON.stringify(o)}`).toBe(true);
          }
          expect(listBackups(storage).length).toBeLessThanOrEqual(BACKUP_SLOTS);
        }
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });

  it('an empty store reads as empty, unlocked', () => {
    expect(readTrips(disk())).toMatchObject({ state: emptyStore(), locked: null });
  });
});
