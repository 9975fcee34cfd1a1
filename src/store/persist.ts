/**
 * What is remembered between visits: preferences only (language, basemap). Versioned; a corrupt or
 * unknown stored value is ignored field by field and reported, never fatal.
 */
import { LOCALES, type Locale } from '../domain/vocab';

export const PREFS_KEY = 'maekha.prefs';
export const PREFS_VERSION = 1;

const BASEMAPS = ['none', 'osm'] as const;
export type Prefs = { locale?: Locale; basemap?: (typeof BASEMAPS)[number] };

export type PrefsRead = { value: Prefs; corrupt: boolean };

const optionalOf = <T extends string>(allowed: readonly T[], v: unknown): v is T | undefined =>
  v === undefined || (allowed as readonly unknown[]).includes(v);

/** Checked by hand, not with zod: this runs at start-up, and three fields do not need a validator. */
function parsePrefs(raw: unknown): Prefs | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { version, locale, basemap } = raw as Record<string, unknown>;
  if (version !== PREFS_VERSION || !optionalOf(LOCALES, locale) || !optionalOf(BASEMAPS, basemap)) return null;
  return { ...(locale !== undefined && { locale }), ...(basemap !== undefined && { basemap }) };
}

export function readPrefs(storage: Pick<Storage, 'getItem'> | undefined): PrefsRead {
  let text: string | null;
  try {
    text = storage?.getItem(PREFS_KEY) ?? null;
  } catch {
    // Storage can throw (privacy mode, blocked cookies): behave as a first visit.
    return { value: {}, corrupt: false };
  }
  if (text === null) return { value: {}, corrupt: false };
  try {
    const value = parsePrefs(JSON.parse(text));
    if (value) return { value, corrupt: false };
  } catch {
    // fall through: unparsable JSON is reported as corrupt below
  }
  return { value: {}, corrupt: true };
}

export function writePrefs(storage: Pick<Storage, 'setItem'> | undefined, prefs: Prefs): void {
  try {
    storage?.setItem(PREFS_KEY, JSON.stringify({ version: PREFS_VERSION, ...prefs }));
  } catch (error) {
    console.warn('[prefs] could not save preferences', error);
  }
}
