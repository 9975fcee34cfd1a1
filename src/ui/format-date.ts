import type { Locale } from '../domain/schema';

const DATE_OPTIONS = {
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * A date as the reader's language writes it, whatever the browser's own locale: Thai in the
 * Buddhist era with "พ.ศ." before the year, English day-month-year. An ISO day ('2026-12-01') is
 * that day in the local time zone.
 * @example formatDate('th', '2026-12-01', 'long') // '1 ธันวาคม พ.ศ. 2569'
 */
export function formatDate(locale: Locale, date: Date | string, style: keyof typeof DATE_OPTIONS): string {
  const day = typeof date === 'string' ? new Date(`${date}T00:00:00`) : date;
  if (locale === 'th') return new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { ...DATE_OPTIONS[style], era: 'short' }).format(day);
  return new Intl.DateTimeFormat('en-GB', DATE_OPTIONS[style]).format(day);
}
