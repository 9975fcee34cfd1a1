/**
 * The trip part of a link: `?trip=<code>` (the compact code of `domain/trip/share.ts`). This module
 * only carries the code: decoding needs the trip domain, which loads with the Field trip tab; the
 * tab decodes it and names unknown sites in a notice. It never imports `domain/trip` at run time.
 */
export const TRIP_PARAM = 'trip';
/** `edit=1`: the link of a trip being planned (the address bar's); without it a trip opens as its itinerary. */
export const EDIT_PARAM = 'edit';
export type TripUrl = { tripLink: string | null; tripEdit: boolean };

/** Any code opens the Field trip tab; a damaged one is named there (`trip.share.unreadable`). */
export function parseTripParams(params: URLSearchParams): TripUrl {
  const code = params.get(TRIP_PARAM);
  return code === null ? { tripLink: null, tripEdit: false } : { tripLink: code, tripEdit: params.get(EDIT_PARAM) === '1' };
}

/**
 * On the Field trip tab, the current trip's code, and `edit=1` while it is being planned (so a
 * reload stays in the planner; the link given to others has no `edit`, see ui/trip/share-url.ts).
 * True when a code was written (it opens the Field trip tab by itself).
 */
export function writeTripParams(params: URLSearchParams, tripLink: string | null, planning = false): boolean {
  if (!tripLink) return false;
  params.set(TRIP_PARAM, tripLink);
  if (planning) params.set(EDIT_PARAM, '1');
  return true;
}
