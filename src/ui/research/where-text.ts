/**
 * How the Research tab and its printed report say where something is along a waterway: a
 * stretch's two ends in kilometres and its length, a named place or coordinates, a suggested
 * site's waterway and kilometre. One wording for both, so the panel and the report agree.
 */
import type { TCommonResearch } from '../../i18n/t';
import { NAMED_PLACE_LIMIT, type NamedPlace } from '../../domain/coverage/report';
import type { Locale } from '../../domain/schema';
import type { LngLat } from '../../domain/types';
import { formatNumber } from '../../i18n';
import { formatDistance } from '../format';
import type { LocatedSuggestion } from './locate';

/** A language and the app's strings in it (`research:` keys and the shared units). */
export type Words = { l: Locale; tc: TCommonResearch };

/** A suggestion this far or more from its waterway is said to lie off it, with the distance. */
export const OFF_WATERWAY = 30;

const chainageFormats = new Map<string, Intl.NumberFormat>();

/**
 * A position along a waterway in kilometres, always with `digits` decimals (to 10 m by default).
 * @example formatChainage('en', 6210) // '6.21'
 */
export function formatChainage(l: Locale, metres: number, digits = 2): string {
  const key = `${l}:${digits}`;
  let f = chainageFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(l === 'th' ? 'th-TH' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    chainageFormats.set(key, f);
  }
  return f.format(metres / 1000);
}

/**
 * A stretch's two ends, to 10 m, or to the metre when to 10 m they would read the same.
 * @example chainageRange('en', 1188, 1213) // ['1.19', '1.21'];  chainageRange('en', 6211, 6216) // ['6.211', '6.216']
 */
export function chainageRange(l: Locale, from: number, to: number): [string, string] {
  const two: [string, string] = [formatChainage(l, from), formatChainage(l, to)];
  return two[0] !== two[1] ? two : [formatChainage(l, from, 3), formatChainage(l, to, 3)];
}

/**
 * A stretch's length: to the metre under a kilometre (a 25 m gap is not "30 m"), else in km.
 * @example stretchLength({ l: 'en', tc }, 25) // '25 m'
 */
export function stretchLength(w: Words, metres: number): string {
  return metres < 1000 ? w.tc('units.m', { value: formatNumber(w.l, Math.round(metres), 0) }) : formatDistance(metres, w.l);
}

/**
 * A stretch along a waterway: its ends in kilometres, never the same, and its length.
 * @example stretchText({ l: 'en', tc }, 6210, 6240, 30) // 'km 6.21–6.24 (30 m)'
 */
export function stretchText(w: Words, from: number, to: number, length: number): string {
  const [a, b] = chainageRange(w.l, from, to);
  const len = stretchLength(w, length);
  // Under a metre (one sample alone on its line), the stretch is written as one position.
  return a === b ? w.tc('research:where.stretchAt', { at: formatChainage(w.l, from), length: len }) : w.tc('research:where.stretch', { from: a, to: b, length: len });
}

/**
 * The named place nearest a point, with its distance; without one, the point's coordinates.
 * @example placeText({ l: 'en', tc }, null, [98.98, 18.79]) // '18.79000, 98.98000 (no named place within 400 m)'
 */
export function placeText(w: Words, p: NamedPlace | null, at: LngLat): string {
  return p
    ? w.tc('research:where.nearPlace', { name: p.name[w.l], distance: formatDistance(p.distance, w.l) })
    : w.tc('research:where.noPlace', { lat: at[1].toFixed(5), lon: at[0].toFixed(5), limit: formatDistance(NAMED_PLACE_LIMIT, w.l) });
}

/** The named place nearest a point whose coordinates are already given; without one, that none is near. */
export function nearOnlyText(w: Words, p: NamedPlace | null): string {
  return p
    ? w.tc('research:where.nearPlace', { name: p.name[w.l], distance: formatDistance(p.distance, w.l) })
    : w.tc('research:where.noPlaceShort', { limit: formatDistance(NAMED_PLACE_LIMIT, w.l) });
}

/**
 * Where a suggested site lies: on (or this far from) a waterway at a kilometre, then the nearest
 * named place, or its coordinates when the sentence does not already give them.
 * @example suggestionWhere({ l: 'en', tc }, name, s, false) // 'on the Khlong Mae Kha at km 6.21, near Wat Lam Chang (120 m)'
 */
export function suggestionWhere(w: Words, waterway: (id: string) => string, s: Pick<LocatedSuggestion, 'on' | 'near' | 'point'>, coordinatesGiven: boolean): string {
  const place = coordinatesGiven ? nearOnlyText(w, s.near[w.l]) : placeText(w, s.near[w.l], s.point);
  if (!s.on) return place;
  const position = w.tc(s.on.distance >= OFF_WATERWAY ? 'research:where.offWaterway' : 'research:where.onWaterway', {
    waterway: waterway(s.on.waterway),
    km: formatChainage(w.l, s.on.along),
    distance: formatDistance(s.on.distance, w.l),
  });
  return w.tc('research:where.joined', { position, place });
}
