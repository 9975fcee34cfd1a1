/**
 * i18next set-up. Both languages are bundled (the app must work offline). Thai has one plural
 * form, so Thai strings only need the `_other` variant.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import th from './locales/th.json';
import type { Locale } from '../domain/schema';
import { numberFormat } from '../domain/network/directions/format';
import { setThai } from '../domain/thai-typography';

export const resources = { en: { translation: en }, th: { translation: th } } as const;

export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  // Thai spacing and clock times are set on the finished string, after names and numbers are put in.
  // The language of the call, not the app's: a handout in both languages asks for Thai by `lng`.
  const thaiSpacing = {
    type: 'postProcessor' as const,
    name: 'thai-typography',
    process: (value: string, _key: unknown, options: { lng?: string } | undefined) => ((options?.lng ?? instance.language) === 'th' ? setThai(value) : value),
  };
  void instance.use(initReactI18next).use(thaiSpacing).init({
    resources,
    postProcess: ['thai-typography'],
    lng: locale,
    fallbackLng: false,
    // Feature namespaces (lazy tabs) fall back to the main strings for shared words and units.
    fallbackNS: 'translation',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    saveMissing: import.meta.env.DEV,
    missingKeyHandler: (lngs, _ns, key) => {
      console.warn(`[i18n] missing key "${key}" for ${lngs.join(',')}`);
    },
  });
  return instance;
}

/** Locale-aware number formatting; Thai digits stay Arabic (as Thai signage and apps use). */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 1): string {
  return numberFormat(locale === 'th' ? 'th-TH' : 'en-GB', maximumFractionDigits).format(value);
}

/**
 * A percentage as both languages set it: the number, then % with no space.
 * @example formatPercent('th', 28.7) // '28.7%'
 */
export const formatPercent = (locale: Locale, value: number): string => `${formatNumber(locale, value)}%`;

/** Strings of a feature that loads on demand (a lazy tab): both languages, one namespace. */
export type FeatureStrings = { th: Record<string, unknown>; en: Record<string, unknown> };

/**
 * Adds a lazily loaded feature's strings to the i18n instance (once), so they ship in the
 * feature's own chunk instead of the start-up bundle.
 * @example const { t } = useFeatureStrings('trip', { th, en }); t('title')
 */
export function addFeatureStrings(instance: i18n, ns: string, strings: FeatureStrings): void {
  for (const lng of ['th', 'en'] as const) {
    if (!instance.hasResourceBundle(lng, ns)) instance.addResourceBundle(lng, ns, strings[lng], true, false);
  }
}
