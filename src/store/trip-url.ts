/**
 * The trip part of a link: `?trip=<code>` (the compact code of `domain/trip/share.ts`). This module
 * only carries the code: decoding needs the trip domain, which loads with the Field trip tab; the
 * tab decodes it and names unknown sites in a notice. It never imports `domain/trip` at run time.
 */
import type { Panel } from './walk-slice';

export const TRIP_PARAM = 'trip';
export type TripUrl = { tripLink: string | null; panel?: Panel };

/** Any code opens the Field trip tab; a damaged one is named there (`trip.share.unreadable`). */
export function parseTripParams(params: URLSearchParams): TripUrl {
  const code = params.get(TRIP_PARAM);
  return code === null ? { tripLink: null } : { tripLink: code, panel: 'trip' };
}

/** On the Field trip tab, the current trip's code (kept short: only the code, no other trip params). */
export function writeTripParams(params: URLSearchParams, tripLink: string | null, panel: Panel): void {
  if (panel === 'trip' && tripLink) params.set(TRIP_PARAM, tripLink);
}
