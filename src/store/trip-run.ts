/**
 * The Field trip's behaviour, outside React (loaded with the trip tab, which starts it):
 * - the trip of a `?trip=` link is opened once (unknown places named in a notice), or a new trip;
 * - the link's code follows the trip being edited, so a reload keeps it;
 * - the saved trips are read from the browser once and follow what another tab writes
 *   (saved-trips.ts).
 */
import { Brief } from '../domain/trip/brief';
import { decodeTrip, encodeTrip } from '../domain/trip/share';
import { STORAGE_KEY } from '../domain/trip/storage';
import { someOf } from '../domain/vocab';
import type { AppState, AppStore } from './index';
import { newDraft } from './trip-draft';
import { browserStorage, loadSavedTrips, readSavedTrips } from './saved-trips';
import { noticeKey } from './trip-keys';

/** Opens the trip of the opening link, once; without one (or after it), a new trip named `defaultName`. */
export function openTrip(store: AppStore, defaultName: string): void {
  const s = store.getState();
  const fresh = () => {
    if (!s.trip) s.setTrip(newDraft(s.data.sites.value, defaultName), null);
  };
  if (!s.tripLinkPending) return fresh();
  const ids = new Set(s.data.sites.value.map((x) => x.properties.id));
  const out = decodeTrip(s.tripLink ?? '', ids);
  s.setTripLink(null);
  if (!out.ok) {
    console.warn('[trip] link not opened:', out.problem.detail);
    s.pushNotice({ id: 'trip-link', key: noticeKey(out.problem.key) });
    return fresh();
  }
  s.setTrip({ ...out.trip, name: out.trip.name || defaultName, removed: [], savedId: null }, null);
  // A shared trip with stops is one to follow: it opens as its itinerary.
  s.setTripView(out.trip.stops.length > 0 && !s.tripLinkEdit ? 'itinerary' : 'plan');
  if (out.unknown.length > 0) {
    s.pushNotice({ id: 'trip-link-unknown', key: noticeKey('share.unknown'), values: { ids: someOf(out.unknown.map((u) => u.id)) } });
  }
  if (out.tooMany) s.pushNotice({ id: 'trip-link-too-many', key: 'notice.badLink.tooManyStops', values: out.tooMany });
}

/** The link's code for the trip now; a brief still being filled in (the school not yet picked) keeps the last good one. */
function followLink(s: AppState): void {
  if (!s.trip || !Brief.safeParse(s.trip.brief).success) return;
  try {
    const code = encodeTrip(s.trip);
    if (code !== s.tripLink) s.setTripLink(code);
  } catch (e) {
    // A brief the form let through but the link format cannot hold: keep the last good link.
    console.warn('[trip] cannot encode the trip for its link', e);
  }
}

/**
 * Starts the trip tab's behaviour; returns what stops its reactions (the link following the trip,
 * the saved trips following other tabs). `storage` and `target` are the browser's unless a test
 * passes its own.
 * @example useEffect(() => runTrip(store, t('defaultName')), [store, t]);
 */
export function runTrip(store: AppStore, defaultName: string, storage: Storage | null = browserStorage(), target: EventTarget = window): () => void {
  openTrip(store, defaultName);
  readSavedTrips(store, storage);
  followLink(store.getState());
  const unsubscribe = store.subscribe((s, prev) => s.trip !== prev.trip && followLink(s));
  // Another tab or window saved trips: this list follows (an unreadable store stays as it is).
  const reload = (e: Event) => {
    if ((e as StorageEvent).key === STORAGE_KEY && storage && !store.getState().tripStoreLock) loadSavedTrips(store, storage);
  };
  target.addEventListener('storage', reload);
  return () => {
    unsubscribe();
    target.removeEventListener('storage', reload);
  };
}
