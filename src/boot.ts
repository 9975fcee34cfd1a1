/**
 * Start-up decisions, kept out of React: which language to open in, what was remembered, and what
 * to tell the user about the data and the stored preferences.
 */
import type { Dataset } from './data';
import { LOCALES, type Locale } from './domain/schema';
import { readPrefs } from './store/persist';
import type { Notice } from './store/ui-slice';

export type Boot = { locale: Locale; basemap: 'none' | 'osm'; notices: Notice[] };

const isLocale = (v: string | null): v is Locale => v !== null && (LOCALES as readonly string[]).includes(v);

/** `?lang=` wins, then the remembered choice, then the browser (Thai if it prefers Thai, else English). */
export function boot(search: string, storage: Storage | undefined, navigatorLanguage: string, data: Dataset): Boot {
  const params = new URLSearchParams(search);
  const prefs = readPrefs(storage);
  const urlLang = params.get('lang');
  const locale: Locale = isLocale(urlLang)
    ? urlLang
    : (prefs.value.locale ?? (navigatorLanguage.toLowerCase().startsWith('th') ? 'th' : 'en'));
  const notices: Notice[] = [];
  if (urlLang !== null && !isLocale(urlLang)) {
    notices.push({ id: 'bad-lang', key: 'notice.badLang', values: { value: urlLang } });
  }
  if (prefs.corrupt) notices.push({ id: 'prefs-corrupt', key: 'notice.prefsCorrupt' });
  const skipped = data.sites.issues.length + data.waterways.issues.length;
  if (skipped > 0) notices.push({ id: 'data-skipped', key: 'data.skippedNotice', values: { count: skipped } });
  return { locale, basemap: prefs.value.basemap ?? 'none', notices };
}
