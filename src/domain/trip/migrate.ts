/**
 * Reading trips written by any version of the app, one trip at a time, so one damaged trip never
 * costs the others. Version 2 is current. Version 1 (documented here, as shipped before briefs had
 * start and end points) stored:
 *
 *   { version: 1, trips: [{ id, title, created: <epoch ms>,
 *     brief: { date, startTime, minutes, group, groupSize, subjects, stepFree },
 *     stops: [<site id>, ...] }] }
 *
 * and walked from its first stop to its last: the migration makes those the start and end.
 */
import { z } from 'zod/mini';
import { Slug } from '../schema';
import { SavedTrip, TripId } from './trip';

export const STORE_VERSION = 2;

const TripV1 = z.object({
  id: TripId,
  title: z.string(),
  created: z.number().check(z.gte(0)),
  brief: z.object({
    date: z.string(),
    startTime: z.string(),
    minutes: z.number(),
    group: z.string(),
    groupSize: z.number(),
    subjects: z.array(z.string()),
    stepFree: z.boolean(),
  }),
  stops: z.array(Slug),
});

export type DroppedTrip = {
  /** Position in the stored or imported list. */
  index: number;
  id: string | null;
  key: 'trip.store.invalidTrip' | 'trip.store.duplicateId' | 'trip.store.cannotMigrate';
  /** Technical detail (zod's messages, in English). */
  detail: string;
};

const detailOf = (e: z.core.$ZodError) => e.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(trip)'}: ${i.message}`).join('; ');

function readId(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
}

/** A version 1 trip in the version 2 shape (still unvalidated), or why it cannot be migrated. */
function fromV1(raw: unknown): unknown | { cannot: string } {
  const v1 = TripV1.safeParse(raw);
  if (!v1.success) return { cannot: detailOf(v1.error) };
  const { id, title, created, brief, stops } = v1.data;
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return { cannot: 'a version 1 trip without stops has no start' };
  const at = new Date(created).toISOString();
  const { minutes, ...rest } = brief;
  return {
    id,
    name: title.trim() || id,
    createdAt: at,
    updatedAt: at,
    brief: { ...rest, budgetMinutes: minutes, start: { kind: 'site', id: first }, end: { kind: 'site', id: last } },
    stops: stops.map((s) => ({ id: s, locked: false })),
  };
}

/**
 * Each trip of a stored or imported list, validated on its own; version 1 trips migrated first.
 * Repeated ids keep the first trip.
 * @example recoverTrips(1, json.trips) // { trips: [...], dropped: [{ index: 3, key: 'trip.store.invalidTrip', ... }] }
 */
export function recoverTrips(version: 1 | 2, raw: readonly unknown[]): { trips: SavedTrip[]; dropped: DroppedTrip[] } {
  const trips: SavedTrip[] = [];
  const dropped: DroppedTrip[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const id = readId(item);
    const migrated = version === 1 ? fromV1(item) : item;
    if (typeof migrated === 'object' && migrated !== null && 'cannot' in migrated) {
      return void dropped.push({ index, id, key: 'trip.store.cannotMigrate', detail: String(migrated.cannot) });
    }
    const parsed = SavedTrip.safeParse(migrated);
    if (!parsed.success) return void dropped.push({ index, id, key: 'trip.store.invalidTrip', detail: detailOf(parsed.error) });
    if (seen.has(parsed.data.id)) return void dropped.push({ index, id, key: 'trip.store.duplicateId', detail: `id "${parsed.data.id}" repeats` });
    seen.add(parsed.data.id);
    trips.push(parsed.data);
  });
  return { trips, dropped };
}

export type EnvelopeProblem = { key: 'trip.store.notJson' | 'trip.store.notEnvelope' | 'trip.store.unsupportedVersion'; detail: string };

/** The version and trip list of a stored or exported envelope `{ version, trips }`. */
export function readEnvelope(text: string): { version: 1 | 2; trips: unknown[] } | { problem: EnvelopeProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { problem: { key: 'trip.store.notJson', detail: e instanceof Error ? e.message : String(e) } };
  }
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { trips?: unknown }).trips)) {
    return { problem: { key: 'trip.store.notEnvelope', detail: 'expected an object { version, trips: [...] }' } };
  }
  const { version, trips } = json as { version?: unknown; trips: unknown[] };
  if (version !== 1 && version !== 2) return { problem: { key: 'trip.store.unsupportedVersion', detail: `version ${JSON.stringify(version)}` } };
  return { version, trips };
}
