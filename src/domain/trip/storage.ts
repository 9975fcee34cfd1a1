/**
 * Saved trips in browser storage (any `Storage`-shaped object): a versioned envelope
 * `{ version: 2, trips }`, read trip by trip so a damaged store keeps every trip that still
 * validates. The list operations are pure: they return a new state for `saveTrips`.
 */
import { readEnvelope, recoverTrips, STORE_VERSION, type DroppedTrip, type EnvelopeProblem } from './migrate';
import { newTripId, SavedTrip } from './trip';

export const STORAGE_KEY = 'maekha.trips';
/** The one backup slot of earlier versions: still listed (and restorable) when present. */
export const BACKUP_KEY = 'maekha.trips.backup';
/** Backups rotate through these slots, newest first (`maekha.trips.backup.1` … `.3`); the oldest falls off. */
export const BACKUP_SLOTS = 3;
const slotKey = (n: number) => `${BACKUP_KEY}.${n}`;

export type TripStore = { version: typeof STORE_VERSION; trips: readonly SavedTrip[] };
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export const emptyStore = (): TripStore => ({ version: STORE_VERSION, trips: [] });

/** Why a copy of the stored text was kept. */
export type BackupReason = 'unreadable' | 'damaged-trips' | 'older-version';
export type Backup = { key: string; at: string | null; reason: BackupReason | null; text: string };

/** Storage that may throw (quota, disabled): every access as a value. */
function tryWrite(storage: StorageLike, key: string, value: string): boolean {
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
function tryRead(storage: StorageLike, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Keeps `text` as the newest backup, moving the others down a slot (the oldest falls off); a text
 * already the newest backup is not kept twice. Slots move oldest first, so a write the browser
 * refuses (storage full) loses no backup; then the answer is false, and the caller must not
 * overwrite what it was copying.
 */
export function keepBackup(storage: StorageLike, text: string, reason: BackupReason, now: Date = new Date()): boolean {
  if (listBackups(storage)[0]?.text === text) return true;
  for (let n = BACKUP_SLOTS - 1; n >= 1; n--) {
    const value = tryRead(storage, slotKey(n));
    if (value !== null && !tryWrite(storage, slotKey(n + 1), value)) return false;
  }
  return tryWrite(storage, slotKey(1), JSON.stringify({ at: now.toISOString(), reason, text }));
}

/** The kept backups, newest first (the single slot of earlier versions last). */
export function listBackups(storage: StorageLike): Backup[] {
  const out: Backup[] = [];
  for (let n = 1; n <= BACKUP_SLOTS; n++) {
    const raw = tryRead(storage, slotKey(n));
    if (raw === null) continue;
    try {
      const { at, reason, text } = JSON.parse(raw) as { at?: unknown; reason?: unknown; text?: unknown };
      if (typeof text === 'string') out.push({ key: slotKey(n), at: typeof at === 'string' ? at : null, reason: (reason as BackupReason) ?? null, text });
    } catch {
      // A slot that is not ours: listed as it is, so it can still be downloaded.
      out.push({ key: slotKey(n), at: null, reason: null, text: raw });
    }
  }
  const legacy = tryRead(storage, BACKUP_KEY);
  if (legacy !== null) out.push({ key: BACKUP_KEY, at: null, reason: null, text: legacy });
  return out;
}

export type ReadResult = {
  state: TripStore;
  dropped: DroppedTrip[];
  problem: EnvelopeProblem | null;
  migratedFrom: 1 | null;
  /**
   * The stored text is left exactly as it is and nothing may be written over it: it cannot be read
   * (`raw` holds it, to download), or trips had to be left out and no backup could be kept.
   */
  locked: { raw: string } | null;
};

/**
 * The stored trips, recovered as far as possible. Before anything is written over a store that
 * lost trips or changed format, its text is kept as a backup; a store that cannot be read at all is
 * never written over until the user decides (see `startAfresh`). Never throws.
 * @example const { state, dropped, locked } = readTrips(localStorage);
 */
export function readTrips(storage: StorageLike, now: Date = new Date()): ReadResult {
  const raw = tryRead(storage, STORAGE_KEY);
  const none = { dropped: [], problem: null, migratedFrom: null, locked: null };
  if (raw === null) return { state: emptyStore(), ...none };
  const envelope = readEnvelope(raw);
  if ('problem' in envelope) return { ...none, state: emptyStore(), problem: envelope.problem, locked: { raw } };
  const { trips, dropped } = recoverTrips(envelope.version, envelope.trips);
  const state: TripStore = { version: STORE_VERSION, trips };
  const migratedFrom = envelope.version === 1 ? 1 : null;
  if (dropped.length === 0 && !migratedFrom) return { ...none, state };
  // Written back (so the problem is reported once) only with the old text safe in a backup.
  const kept = keepBackup(storage, raw, dropped.length ? 'damaged-trips' : 'older-version', now);
  if (kept) saveTrips(storage, state);
  return { state, dropped, problem: null, migratedFrom, locked: kept || !dropped.length ? null : { raw } };
}

/**
 * Starts a new, empty list over a store that could not be read: its text is kept as a backup first,
 * or, when there is no room for one, only once the user has saved it as a file (`downloaded`).
 */
export function startAfresh(storage: StorageLike, raw: string, options: { downloaded?: boolean; now?: Date } = {}): { ok: true } | { ok: false; reason: 'no-room' | 'save-failed' } {
  if (!keepBackup(storage, raw, 'unreadable', options.now) && !options.downloaded) return { ok: false, reason: 'no-room' };
  return saveTrips(storage, emptyStore()).ok ? { ok: true } : { ok: false, reason: 'save-failed' };
}

/** Why the browser refused a write, in words the app can translate: full, turned off, or other. */
export type WriteCause = 'full' | 'unavailable' | 'other';
const writeCause = (e: unknown): WriteCause => {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  if (name === 'SecurityError' || name === 'InvalidAccessError') return 'unavailable';
  return 'other';
};

/** @example const saved = saveTrips(localStorage, state); if (!saved.ok) warn(saved.error.key); */
export function saveTrips(storage: StorageLike, state: TripStore): { ok: true } | { ok: false; error: { key: 'trip.store.saveFailed'; detail: string; cause: WriteCause } } {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: STORE_VERSION, trips: state.trips }));
    return { ok: true };
  } catch (e) {
    // Quota exceeded or storage disabled (private mode): the caller keeps the state in memory.
    return { ok: false, error: { key: 'trip.store.saveFailed', detail: e instanceof Error ? e.message : String(e), cause: writeCause(e) } };
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

/**
 * Why a change was not written: the store is locked (unreadable), another tab or window changed it
 * since this one read it (writing would erase that change), or the browser refused the write.
 */
export type CommitResult = { ok: true; text: string } | { ok: false; reason: 'locked' | 'changed' | 'failed'; detail: string; cause?: WriteCause };

/** The stored text as it is now (null: none, or storage unreadable). */
export const storedText = (storage: StorageLike): string | null => tryRead(storage, STORAGE_KEY);

/**
 * Writes a changed list, unless the store is locked, or differs from `known` (the text this page
 * last read or wrote); the app shows the new list (and says "saved") only when this says ok, and
 * keeps the returned text as what it knows. Storage missing altogether (null) is a refused write.
 * @example const out = commitTrips(localStorage, locked, next, known); if (out.ok) known = out.text;
 */
export function commitTrips(storage: StorageLike | null, locked: ReadResult['locked'], next: TripStore, known: string | null): CommitResult {
  if (locked) return { ok: false, reason: 'locked', detail: 'the stored trips could not be read' };
  if (!storage) return { ok: false, reason: 'failed', detail: 'no storage', cause: 'unavailable' };
  if (storedText(storage) !== known) return { ok: false, reason: 'changed', detail: 'changed in another tab or window' };
  const out = saveTrips(storage, next);
  return out.ok ? { ok: true, text: storedText(storage) ?? '' } : { ok: false, reason: 'failed', detail: out.error.detail, cause: out.error.cause };
}
