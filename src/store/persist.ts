/**
 * What is remembered between visits: preferences only (language, basemap). Versioned; a corrupt or
 * unknown stored value is ignored field by field and reported, never fatal.
 */
import { z } from 'zod/mini';
import { LOCALES } from '../domain/schema';

export const PREFS_KEY = 'maekha.prefs';
export const PREFS_VERSION = 1;

const Prefs = z.object({
  version: z.literal(PREFS_VERSION),
  locale: z.optional(z.enum(LOCALES)),
  basemap: z.optional(z.enum(['none', 'osm'])),
});
export type Prefs = Omit<z.infer<typeof Prefs>, 'version'>;

export type PrefsRead = { value: Prefs; corrupt: boolean };

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
    const parsed = Prefs.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { version: _v, ...value } = parsed.data;
      return { value, corrupt: false };
    }
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
