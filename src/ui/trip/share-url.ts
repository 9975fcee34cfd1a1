import type { Locale } from '../../domain/schema';
import { encodeTrip, SHARE_PARAM } from '../../domain/trip/share';
import type { TripDraft } from '../../store/trip-slice';

/**
 * The full app URL that reopens a trip (for the share link and the handout's QR code).
 * @example shareUrl(draft, 'th') // 'https://…/?lang=th&trip=.W1sxLC…'
 */
export function shareUrl(draft: TripDraft, locale: Locale, base: string = window.location.href): string {
  const url = new URL(base);
  url.search = `?lang=${locale}&${SHARE_PARAM}=${encodeTrip(draft)}`;
  url.hash = '';
  return url.href;
}
