/**
 * JSON export and import of trips. An import never touches the existing trips: a damaged file is a
 * named problem, invalid trips in a good file are dropped and reported, and an id that is already
 * taken gets a new one.
 */
import { readEnvelope, recoverTrips, STORE_VERSION, type DroppedTrip, type EnvelopeProblem } from './migrate';
import { freshId, type TripStore } from './storage';
import type { SavedTrip } from './trip';

export const EXPORT_KIND = 'maekha-trips';

/** @example download('trips.json', exportTrips(state.trips)) */
export function exportTrips(trips: readonly SavedTrip[], now: Date = new Date()): string {
  return JSON.stringify({ kind: EXPORT_KIND, version: STORE_VERSION, exportedAt: now.toISOString(), trips }, null, 2);
}

export type ImportProblem = EnvelopeProblem | { key: 'trip.import.notTripFile' | 'trip.import.noValidTrips'; detail: string };

export type ImportResult =
  | { ok: true; state: TripStore; added: string[]; reassigned: { from: string; to: string }[]; dropped: DroppedTrip[] }
  | { ok: false; problem: ImportProblem; dropped: DroppedTrip[] };

/**
 * @example
 * const out = importTrips(state, await file.text());
 * if (out.ok) save(out.state); else show(out.problem.key);
 */
export function importTrips(state: TripStore, text: string, options: { newId?: () => string } = {}): ImportResult {
  const kind = kindOf(text);
  if (kind !== null && kind !== EXPORT_KIND) return { ok: false, problem: { key: 'trip.import.notTripFile', detail: `kind "${kind}"` }, dropped: [] };
  const envelope = readEnvelope(text);
  if ('problem' in envelope) return { ok: false, problem: envelope.problem, dropped: [] };
  const { trips, dropped } = recoverTrips(envelope.version, envelope.trips);
  if (trips.length === 0) return { ok: false, problem: { key: 'trip.import.noValidTrips', detail: `${dropped.length} dropped` }, dropped };
  let next: TripStore = state;
  const added: string[] = [];
  const reassigned: { from: string; to: string }[] = [];
  for (const trip of trips) {
    let id = trip.id;
    if (next.trips.some((t) => t.id === id)) {
      id = freshId(next, options.newId);
      reassigned.push({ from: trip.id, to: id });
    }
    next = { ...next, trips: [...next.trips, { ...trip, id }] };
    added.push(id);
  }
  return { ok: true, state: next, added, reassigned, dropped };
}

function kindOf(text: string): string | null {
  try {
    const json: unknown = JSON.parse(text);
    const kind = typeof json === 'object' && json !== null ? (json as { kind?: unknown }).kind : undefined;
    return typeof kind === 'string' ? kind : null;
  } catch {
    return null; // readEnvelope names the parse error
  }
}
