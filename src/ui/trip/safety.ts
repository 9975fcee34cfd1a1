/** A trip's safety notes: those that hold at several of its stops said once, the rest at their stop. */
import type { SafetyNote } from '../../domain/trip/activities';
import { ACTIVITIES } from './activities-data';

export type TripSafety = { general: SafetyNote[]; atStop: ReadonlyMap<string, SafetyNote[]> };

/**
 * A note (same words) found at two or more of the trip's stops is said once for the whole trip;
 * a note found at one stop only stays with that stop.
 * @example tripSafety(['a', 'b']).general // the notes both stops share
 */
export function tripSafety(stopIds: readonly string[]): TripSafety {
  const key = (n: SafetyNote) => `${n.basis}|${n.text.en}`;
  const seen = new Map<string, { note: SafetyNote; stops: Set<string> }>();
  for (const id of stopIds) {
    for (const note of ACTIVITIES.sites[id]?.safety ?? []) {
      const entry = seen.get(key(note)) ?? { note, stops: new Set<string>() };
      entry.stops.add(id);
      seen.set(key(note), entry);
    }
  }
  const shared = new Set([...seen].filter(([, e]) => e.stops.size > 1).map(([k]) => k));
  const general = [...seen].filter(([k]) => shared.has(k)).map(([, e]) => e.note);
  const atStop = new Map(stopIds.map((id) => [id, (ACTIVITIES.sites[id]?.safety ?? []).filter((n) => !shared.has(key(n)))]));
  return { general, atStop };
}
