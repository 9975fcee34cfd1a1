/**
 * Saved trips in the browser: read once (a damaged store recovered and reported, an unreadable one
 * left untouched), and every change written back, reporting whether the write happened. Storage
 * may be missing (private mode) or full: trips then live for the session, and the UI says so.
 */
import { useCallback, useEffect } from 'react';
import { commitTrips, emptyStore, readTrips, startAfresh, storedText, STORAGE_KEY, type CommitResult, type TripStore } from '../../domain/trip/storage';
import { useAppStore, useAppStoreApi } from '../../store';
import { noticeKey } from './strings';

export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: trips are kept in memory
  }
}

export type { CommitResult };

/** Reads the stored trips into the app: the list, whether it is locked, and the text as read. */
function load(store: ReturnType<typeof useAppStoreApi>, storage: Storage): ReturnType<typeof readTrips> {
  const read = readTrips(storage);
  store.setState({ tripStoreLock: read.locked, tripStoreText: storedText(storage) });
  store.getState().setSavedTrips(read.state);
  return read;
}

export function useSavedTrips(): {
  saved: TripStore;
  locked: { raw: string } | null;
  commit: (next: TripStore) => CommitResult;
  afresh: (downloaded: boolean) => ReturnType<typeof startAfresh>;
} {
  const store = useAppStoreApi();
  const saved = useAppStore((s) => s.savedTrips);
  const locked = useAppStore((s) => s.tripStoreLock ?? null);

  useEffect(() => {
    const s = store.getState();
    if (s.savedTrips) return;
    const storage = browserStorage();
    if (!storage) return s.setSavedTrips(emptyStore());
    const read = load(store, storage);
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
  }, [store]);

  // Another tab or window saved trips: this list follows (an unreadable store stays as it is).
  useEffect(() => {
    const reload = (e: StorageEvent) => {
      const storage = browserStorage();
      if (e.key === STORAGE_KEY && storage && !store.getState().tripStoreLock) load(store, storage);
    };
    window.addEventListener('storage', reload);
    return () => window.removeEventListener('storage', reload);
  }, [store]);

  const commit = useCallback(
    (next: TripStore): CommitResult => {
      const s = store.getState();
      const storage = browserStorage();
      const out = commitTrips(storage, s.tripStoreLock ?? null, next, s.tripStoreText ?? null);
      // Only what was written is shown as saved: a refused write leaves the list as it was.
      if (out.ok) {
        store.setState({ tripStoreText: out.text });
        s.setSavedTrips(next);
      } else if (out.reason === 'changed' && storage) {
        // Written meanwhile by another tab: show that list, and let the teacher save again.
        load(store, storage);
      }
      return out;
    },
    [store],
  );

  const afresh = useCallback(
    (downloaded: boolean) => {
      const s = store.getState();
      const storage = browserStorage();
      if (!s.tripStoreLock || !storage) return { ok: false as const, reason: 'save-failed' as const };
      const out = startAfresh(storage, s.tripStoreLock.raw, { downloaded });
      if (out.ok) {
        store.setState({ tripStoreLock: null, tripStoreText: storedText(storage) });
        s.setSavedTrips(emptyStore());
      }
      return out;
    },
    [store],
  );

  return { saved: saved ?? emptyStore(), locked, commit, afresh };
}
