/** Distances and durations as a reader expects them, with `Intl` number formatting per locale. */
import type { Locale } from '../../schema';
import type { Meters, Minutes } from '../../types';
import { EN } from './en';
import type { Phrasebook } from './phrasebook';
import { TH } from './th';

export const PHRASES: Readonly<Record<Locale, Phrasebook>> = { th: TH, en: EN };

/**
 * A number format, made once per locale and precision (making one costs far more than using it):
 * the app's one cache of them (i18n's formatNumber uses it too).
 */
const formats = new Map<string, Intl.NumberFormat>();
export function numberFormat(intl: string, maximumFractionDigits?: number): Intl.NumberFormat {
  const key = `${intl}|${maximumFractionDigits ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intl, maximumFractionDigits === undefined ? undefined : { maximumFractionDigits });
    formats.set(key, format);
  }
  return format;
}

/**
 * A walking distance: to the nearest 10 m below 1 km (10 m at least, unless it is none), then
 * kilometres with one decimal. The one distance formatter of the app, directions and screens alike.
 * @example formatDistance(meters(347), 'en') // '350 m'
 * @example formatDistance(1234, 'th') // '1.2 กม.'
 */
export function formatDistance(distance: Meters | number, locale: Locale): string {
  const book = PHRASES[locale];
  const tens = distance <= 0 ? 0 : Math.max(10, Math.round(distance / 10) * 10);
  if (tens < 1000) return book.metres(numberFormat(book.intl).format(tens));
  const km = numberFormat(book.intl, 1).format(distance / 1000);
  return book.kilometres(km);
}

/**
 * A walking time in whole minutes (at least one), with hours from 60 minutes on.
 * @example formatDuration(minutes(65), 'en') // '1 h 5 min'
 * @example formatDuration(minutes(65), 'th') // '1 ชม. 5 นาที'
 */
export function formatDuration(duration: Minutes, locale: Locale): string {
  const book = PHRASES[locale];
  const total = Math.max(1, Math.round(duration));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const n = numberFormat(book.intl);
  return book.duration(hours > 0 ? n.format(hours) : null, rest > 0 ? n.format(rest) : null);
}
