/**
 * Saved trips in the browser: read once (a damaged store recovered and reported, an unreadable one
 * left untouched), every change written back, reporting whether the write happened. Storage may be
 * missing (private mode) or full: trips then live for the session, and the trip tab says so.
 */
import { commitTrips, emptyStore, readTrips, startAfresh, storedText, type CommitResult, type TripStore } from '../domain/trip/storage';
import type { AppStore } from './index';
import { noticeKey } from './trip-keys';

export type { CommitResult };

export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: trips are kept in memory
  }
}

/** Reads the stored trips into the store: the list, whether it is locked, and the text as read. */
export function loadSavedTrips(store: AppStore, storage: Storage): ReturnType<typeof readTrips> {
  const read = readTrips(storage);
  store.setState({ tripStoreLock: read.locked, tripStoreText: storedText(storage) });
  store.getState().setSavedTrips(read.state);
  return read;
}

/** The first reading of the saved trips, with a notice for what could not be read. */
export function readSavedTrips(store: AppStore, storage: Storage | null): void {
  const s = store.getState();
  if (s.savedTrips) return;
  if (!storage) return s.setSavedTrips(emptyStore());
  const read = loadSavedTrips(store, storage);
  if (read.problem) {
    console.warn('[trip] saved trips:', read.problem.detail);
    s.pushNotice({ id: 'trip-store', key: noticeKey('store.unreadable') });
  }
  if (read.dropped.length > 0) {
    console.warn('[trip] saved trips dropped:', read.dropped);
    s.pushNotice({
      id: 'trip-store-dropped',
      key: noticeKey(read.locked ? 'store.recoveredNoBackup' : 'store.recovered'),
      values: { count: read.dropped.length, names: read.dropped.map((d) => d.id ?? `#${d.index + 1}`).join(', ') },
    });
  }
}

/**
 * Writes the saved trips; only what was written is shown as saved: a refused write leaves the list
 * as it was, and a store written meanwhile by another tab is read again (the teacher saves again).
 */
export function commitSavedTrips(store: AppStore, next: TripStore, storage: Storage | null = browserStorage()): CommitResult {
  const s = store.getState();
  const out = commitTrips(storage, s.tripStoreLock ?? null, next, s.tripStoreText ?? null);
  if (out.ok) {
    store.setState({ tripStoreText: out.text });
    s.setSavedTrips(next);
  } else if (out.reason === 'changed' && storage) {
    loadSavedTrips(store, storage);
  }
  return out;
}

/** Sets an unreadable store aside (kept as a backup) and starts an empty one. */
export function savedTripsAfresh(store: AppStore, downloaded: boolean, storage: Storage | null = browserStorage()): ReturnType<typeof startAfresh> | { ok: false; reason: 'save-failed' } {
  const s = store.getState();
  if (!s.tripStoreLock || !storage) return { ok: false as const, reason: 'save-failed' as const };
  const out = startAfresh(storage, s.tripStoreLock.raw, { downloaded });
  if (out.ok) {
    store.setState({ tripStoreLock: null, tripStoreText: storedText(storage) });
    s.setSavedTrips(emptyStore());
  }
  return out;
}
