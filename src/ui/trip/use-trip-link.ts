/**
 * Opens the trip of a `?trip=` link once the tab loads (naming unknown places in a notice), or a
 * new trip, and keeps the link's code in step with the trip being edited, so a reload keeps it.
 */
import { useEffect } from 'react';
import { Brief } from '../../domain/trip/brief';
import { decodeTrip, encodeTrip } from '../../domain/trip/share';
import { useAppStore, useAppStoreApi } from '../../store';
import { newDraft } from './draft';
import { someOf } from '../../domain/vocab';
import { noticeKey } from './strings';

export function useTripLink(defaultName: string): void {
  const store = useAppStoreApi();
  const trip = useAppStore((s) => s.trip);

  useEffect(() => {
    const s = store.getState();
    if (!s.tripLinkPending) {
      if (!s.trip) s.setTrip(newDraft(s.data.sites.value, defaultName), null);
      return;
    }
    const ids = new Set(s.data.sites.value.map((x) => x.properties.id));
    const out = decodeTrip(s.tripLink ?? '', ids);
    s.setTripLink(null);
    if (!out.ok) {
      console.warn('[trip] link not opened:', out.problem.detail);
      s.pushNotice({ id: 'trip-link', key: noticeKey(out.problem.key) });
      if (!s.trip) s.setTrip(newDraft(s.data.sites.value, defaultName), null);
      return;
    }
    s.setTrip({ ...out.trip, name: out.trip.name || defaultName, removed: [], savedId: null }, null);
    // A shared trip with stops is one to follow: it opens as its itinerary.
    s.setTripView(out.trip.stops.length > 0 && !s.tripLinkEdit ? 'itinerary' : 'plan');
    if (out.unknown.length > 0) {
      s.pushNotice({ id: 'trip-link-unknown', key: noticeKey('share.unknown'), values: { ids: someOf(out.unknown.map((u) => u.id)) } });
    }
    if (out.tooMany) s.pushNotice({ id: 'trip-link-too-many', key: 'notice.badLink.tooManyStops', values: out.tooMany });
  }, [store, defaultName]);

  useEffect(() => {
    // A brief still being filled in (the school not yet picked) keeps the last good link.
    if (!trip || !Brief.safeParse(trip.brief).success) return;
    try {
      store.getState().setTripLink(encodeTrip(trip));
    } catch (e) {
      // A brief the form let through but the link format cannot hold: keep the last good link.
      console.warn('[trip] cannot encode the trip for its link', e);
    }
  }, [trip, store]);
}
