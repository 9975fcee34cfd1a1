/**
 * Saved trips in the browser: read once (a damaged store recovered and reported), and every
 * change written back. Storage may be missing (private mode): trips then live for the session.
 */
import { useCallback, useEffect } from 'react';
import { emptyStore, readTrips, saveTrips, type TripStore } from '../../domain/trip/storage';
import { useAppStore, useAppStoreApi } from '../../store';
import { noticeKey } from './strings';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: trips are kept in memory
  }
}

export function useSavedTrips(): { saved: TripStore; commit: (next: TripStore) => boolean } {
  const store = useAppStoreApi();
  const saved = useAppStore((s) => s.savedTrips);

  useEffect(() => {
    const s = store.getState();
    if (s.savedTrips) return;
    const storage = browserStorage();
    if (!storage) return s.setSavedTrips(emptyStore());
    const read = readTrips(storage);
    s.setSavedTrips(read.state);
    if (read.problem) {
      console.warn('[trip] saved trips:', read.problem.detail);
      s.pushNotice({ id: 'trip-store', key: noticeKey(read.problem.key) });
    }
    if (read.dropped.length > 0) {
      console.warn('[trip] saved trips dropped:', read.dropped);
      s.pushNotice({
        id: 'trip-store-dropped',
        key: noticeKey('store.recovered'),
        values: { count: read.dropped.length, names: read.dropped.map((d) => d.id ?? `#${d.index + 1}`).join(', ') },
      });
    }
    // The raw text is in the backup; write the recovered trips so the problem is reported once.
    if (read.problem || read.dropped.length > 0 || read.migratedFrom) saveTrips(storage, read.state);
  }, [store]);

  const commit = useCallback(
    (next: TripStore) => {
      const s = store.getState();
      s.setSavedTrips(next);
      const storage = browserStorage();
      const out = storage ? saveTrips(storage, next) : { ok: false as const, error: { key: 'trip.store.saveFailed', detail: 'no storage' } };
      if (!out.ok) s.pushNotice({ id: 'trip-save-failed', key: noticeKey(out.error.key) });
      return out.ok;
    },
    [store],
  );

  return { saved: saved ?? emptyStore(), commit };
}
