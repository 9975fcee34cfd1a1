import type { Locale } from '../domain/schema';
import { formatNumber } from '../i18n';
import type { TCommon } from '../i18n/t';

/** "850 m" under a kilometre, "14.2 km" above, numbers per locale. */
export function formatDistance(t: TCommon, locale: Locale, metres: number): string {
  if (metres < 1000) return t('units.m', { value: formatNumber(locale, Math.round(metres / 10) * 10, 0) });
  return t('units.km', { value: formatNumber(locale, metres / 1000, 1) });
}
