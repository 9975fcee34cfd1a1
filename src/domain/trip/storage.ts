/**
 * Saved trips in browser storage (any `Storage`-shaped object): a versioned envelope
 * `{ version: 2, trips }`, read trip by trip so a damaged store keeps every trip that still
 * validates. The list operations are pure: they return a new state for `saveTrips`.
 */
import { readEnvelope, recoverTrips, STORE_VERSION, type DroppedTrip, type EnvelopeProblem } from './migrate';
import { newTripId, SavedTrip } from './trip';

export const STORAGE_KEY = 'maekha.trips';
/** Where an unreadable or partly dropped store is copied before it is overwritten. */
export const BACKUP_KEY = 'maekha.trips.backup';

export type TripStore = { version: typeof STORE_VERSION; trips: readonly SavedTrip[] };
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export const emptyStore = (): TripStore => ({ version: STORE_VERSION, trips: [] });

export type ReadResult = { state: TripStore; dropped: DroppedTrip[]; problem: EnvelopeProblem | null; migratedFrom: 1 | null };

/**
 * The stored trips, recovered as far as possible; when anything was dropped the raw text is
 * copied to BACKUP_KEY first, so nothing is lost for good.
 * @example const { state, dropped } = readTrips(localStorage); // dropped: what the UI reports
 */
export function readTrips(storage: StorageLike): ReadResult {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return { state: emptyStore(), dropped: [], problem: null, migratedFrom: null };
  const envelope = readEnvelope(raw);
  if ('problem' in envelope) {
    storage.setItem(BACKUP_KEY, raw);
    return { state: emptyStore(), dropped: [], problem: envelope.problem, migratedFrom: null };
  }
  const { trips, dropped } = recoverTrips(envelope.version, envelope.trips);
  if (dropped.length > 0) storage.setItem(BACKUP_KEY, raw);
  return { state: { version: STORE_VERSION, trips }, dropped, problem: null, migratedFrom: envelope.version === 1 ? 1 : null };
}

/** @example const saved = saveTrips(localStorage, state); if (!saved.ok) warn(saved.error.key); */
export function saveTrips(storage: StorageLike, state: TripStore): { ok: true } | { ok: false; error: { key: 'trip.store.saveFailed'; detail: string } } {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: STORE_VERSION, trips: state.trips }));
    return { ok: true };
  } catch (e) {
    // Quota exceeded or storage disabled (private mode): the caller keeps the state in memory.
    return { ok: false, error: { key: 'trip.store.saveFailed', detail: e instanceof Error ? e.message : String(e) } };
  }
}

export type TripSummary = Pick<SavedTrip, 'id' | 'name' | 'updatedAt'> & { date: string; stopCount: number };
export type EditResult = { ok: true; state: TripStore } | { ok: false; error: 'not-found' | 'invalid-name' | 'invalid-trip' };

/** Newest first, then by name. @example listTrips(state)[0].name */
export const listTrips = (state: TripStore): TripSummary[] =>
  [...state.trips]
    .sort((a, b) => (a.updatedAt === b.updatedAt ? a.name.localeCompare(b.name) : a.updatedAt < b.updatedAt ? 1 : -1))
    .map((t) => ({ id: t.id, name: t.name, updatedAt: t.updatedAt, date: t.brief.date, stopCount: t.stops.length }));

/** Adds a trip or replaces the one with its id. */
export function putTrip(state: TripStore, trip: SavedTrip): EditResult {
  if (!SavedTrip.safeParse(trip).success) return { ok: false, error: 'invalid-trip' };
  const exists = state.trips.some((t) => t.id === trip.id);
  return { ok: true, state: { ...state, trips: exists ? state.trips.map((t) => (t.id === trip.id ? trip : t)) : [...state.trips, trip] } };
}

export function renameTrip(state: TripStore, id: string, name: string, now: Date = new Date()): EditResult {
  const trip = state.trips.find((t) => t.id === id);
  if (!trip) return { ok: false, error: 'not-found' };
  const renamed = { ...trip, name: name.trim(), updatedAt: now.toISOString() };
  if (!SavedTrip.safeParse(renamed).success) return { ok: false, error: 'invalid-name' };
  return putTrip(state, renamed);
}

/** A copy with a new id, named `name` or the original's name with the first free ` (n)`. */
export function duplicateTrip(state: TripStore, id: string, options: { name?: string; now?: Date; newId?: () => string } = {}): EditResult & { id?: string } {
  const trip = state.trips.find((t) => t.id === id);
  if (!trip) return { ok: false, error: 'not-found' };
  const names = new Set(state.trips.map((t) => t.name));
  let n = 2;
  while (names.has(`${trip.name} (${n})`)) n++;
  const at = (options.now ?? new Date()).toISOString();
  const copy = { ...trip, id: freshId(state, options.newId), name: options.name?.trim() || `${trip.name} (${n})`, createdAt: at, updatedAt: at };
  const out = putTrip(state, copy);
  return out.ok ? { ...out, id: copy.id } : out;
}

export function deleteTrip(state: TripStore, id: string): EditResult {
  if (!state.trips.some((t) => t.id === id)) return { ok: false, error: 'not-found' };
  return { ok: true, state: { ...state, trips: state.trips.filter((t) => t.id !== id) } };
}

/** An id no trip in `state` has. */
export function freshId(state: TripStore, newId: () => string = newTripId): string {
  const taken = new Set(state.trips.map((t) => t.id));
  for (;;) {
    const id = newId();
    if (!taken.has(id)) return id;
  }
}
