/** The saved trips for the trip tab: read and written by the store (store/saved-trips.ts). */
import { useCallback } from 'react';
import { emptyStore, type TripStore } from '../../domain/trip/storage';
import { useAppStore, useAppStoreApi } from '../../store';
import { commitSavedTrips, savedTripsAfresh, type CommitResult } from '../../store/saved-trips';

export { browserStorage } from '../../store/saved-trips';
export type { CommitResult };

export function useSavedTrips() {
  const store = useAppStoreApi();
  const saved = useAppStore((s) => s.savedTrips);
  const locked = useAppStore((s) => s.tripStoreLock ?? null);
  const commit = useCallback((next: TripStore) => commitSavedTrips(store, next), [store]);
  const afresh = useCallback((downloaded: boolean) => savedTripsAfresh(store, downloaded), [store]);
  return { saved: saved ?? emptyStore(), locked, commit, afresh };
}
