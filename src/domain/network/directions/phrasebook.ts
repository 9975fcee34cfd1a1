/**
 * The sentence parts a locale supplies. Directions are built from geometry, so their words live
 * here in the domain, one small table per locale, rather than in the app's i18next resources:
 * the domain must not depend on i18next (eslint bans it), and a sentence is assembled from
 * several parts whose order differs between Thai and English. Deliberate; see th.ts and en.ts.
 */
import type { Bank } from '../../schema';
import type { Compass, Turn } from './types';

/**
 * How a stretch is identified: a named street, the bank of a waterway (the bank where known), a
 * walkway beside a waterway, or nothing (a nameless street: the compass and the distance say it).
 */
export type Way =
  | { kind: 'street'; name: string }
  | { kind: 'bank'; bank: Bank | null; waterway: string | null }
  | { kind: 'walkway'; waterway: string | null }
  | null;

/** What the walker does in a step; strings are already localised and formatted. */
export type Action =
  | { kind: 'walk'; distance: string; compass: Compass; way: Way; past: readonly string[] }
  | { kind: 'bridge'; name: string | null; crosses: string | null }
  | { kind: 'steps' };

/** How a step opens: at the start, with a change of heading (at a landmark, where one is there), or simply carrying on. */
export type Lead = { kind: 'start'; place: string } | { kind: 'turn'; turn: Turn; at: string | null } | { kind: 'none' };

export type Phrasebook = {
  /** BCP 47 tag for `Intl` number and list formatting. */
  intl: string;
  metres: (n: string) => string;
  kilometres: (n: string) => string;
  duration: (hours: string | null, minutes: string | null) => string;
  compass: Readonly<Record<Compass, string>>;
  /** Names for stops the caller gave no name for. */
  unnamedStart: string;
  unnamedEnd: string;
  step: (lead: Lead, action: Action) => string;
  arrive: (place: string) => string;
  /** A sentence saying that the first or last `distance` of a leg is not on any mapped line. */
  offNetwork: (distance: string, where: 'first' | 'last') => string;
};

/** "A, B and C" in the phrasebook's language. */
export function listOf(book: Phrasebook, items: readonly string[]): string {
  return new Intl.ListFormat(book.intl, { type: 'conjunction' }).format(items);
}
