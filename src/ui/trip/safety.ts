/** A trip's safety notes: those that hold at several of its stops said once, the rest at their stop. */
import { inSeason, type SafetyNote } from '../../domain/trip/activities';
import { ACTIVITIES } from './activities-data';

export type TripSafety = { general: SafetyNote[]; atStop: ReadonlyMap<string, SafetyNote[]> };

/** A stop's safety notes on a date: its seasonal notes only in their months. */
export const stopSafety = (siteId: string, isoDate: string): SafetyNote[] =>
  (ACTIVITIES.sites[siteId]?.safety ?? []).filter((n) => inSeason(n, isoDate));

/**
 * A note (same words) found at two or more of the trip's stops is said once for the whole trip;
 * a note found at one stop only stays with that stop. Seasonal notes only in their months.
 * @example tripSafety(['a', 'b'], '2026-03-10').general // the notes both stops share in March
 */
export function tripSafety(stopIds: readonly string[], isoDate: string): TripSafety {
  const key = (n: SafetyNote) => `${n.basis}|${n.text.en}`;
  const seen = new Map<string, { note: SafetyNote; stops: Set<string> }>();
  for (const id of stopIds) {
    for (const note of stopSafety(id, isoDate)) {
      const entry = seen.get(key(note)) ?? { note, stops: new Set<string>() };
      entry.stops.add(id);
      seen.set(key(note), entry);
    }
  }
  const shared = new Set([...seen].filter(([, e]) => e.stops.size > 1).map(([k]) => k));
  const general = [...seen].filter(([k]) => shared.has(k)).map(([, e]) => e.note);
  const atStop = new Map(stopIds.map((id) => [id, stopSafety(id, isoDate).filter((n) => !shared.has(key(n)))]));
  return { general, atStop };
}
