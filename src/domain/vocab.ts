/**
 * The project's fixed vocabularies and bounds, as plain constants: what the start-up code (filters,
 * map key, links, language switch) needs without the validators. `schema.ts` builds its zod
 * schemas from these and re-exports them, so each list is still defined once.
 */

export const LOCALES = ['th', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Longitude, latitude (RFC 7946 order), limited to the study area around Chiang Mai. */
export const STUDY_AREA = { west: 98.85, south: 18.65, east: 99.1, north: 18.9 } as const;

export const WATERWAY_KINDS = ['main-stem', 'tributary', 'moat', 'river'] as const;
export type WaterwayKind = (typeof WATERWAY_KINDS)[number];

export const CATEGORIES = ['learning', 'environment', 'economy'] as const;
export type Category = (typeof CATEGORIES)[number];

export const THEMES = ['water', 'ecology', 'history', 'community', 'economy', 'craft', 'food', 'culture'] as const;
export type Theme = (typeof THEMES)[number];

export const STATUSES = ['candidate', 'verified'] as const;
export type Status = (typeof STATUSES)[number];

export const STEP_FREE = ['yes', 'no', 'unknown'] as const;
export type StepFree = (typeof STEP_FREE)[number];

export const PATH_KINDS = ['promenade', 'street', 'path', 'bridge', 'steps'] as const;
export type PathKind = (typeof PATH_KINDS)[number];

export const SHADES = ['none', 'some', 'good'] as const;
export type Shade = (typeof SHADES)[number];

/** A bank by compass side; a ring (the moat) has an inside and an outside instead. */
export const BANKS = ['east', 'west', 'north', 'south', 'inside', 'outside'] as const;
export type Bank = (typeof BANKS)[number];

/** The most stops a walk (curated, planned or in a link) may have. */
export const WALK_MAX_STOPS = 25;

/** Walking paces in km/h: an adult's city pace, and a group of children with stops to look. */
export const PACES = { adult: 4.5, children: 3.0 } as const;

/**
 * A list as a notice quotes it: the first few, then how many more, so a link with thousands of
 * unknown values still gives a notice a few lines tall.
 * @example someOf(['a', 'b', 'c', 'd', 'e', 'f', 'g']) // 'a, b, c, d, e … (+2)'
 */
export const someOf = (items: readonly string[], shown = 5): string =>
  items.slice(0, shown).join(', ') + (items.length > shown ? ` … (+${items.length - shown})` : '');
