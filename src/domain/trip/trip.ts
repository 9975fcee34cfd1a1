/**
 * A saved trip: the brief, the stops in the teacher's order (locked or not) and a name. The
 * schema is the one definition used by storage, import and share links.
 */
import { z } from 'zod/mini';
import { Slug, WALK_MAX_STOPS } from '../schema';
import { Brief } from './brief';

export const TripId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'trip id must be 1–64 letters, digits, _ or -'));

export const TripStop = z.object({ id: Slug, locked: z.boolean() });
export type TripStop = z.infer<typeof TripStop>;

export const SavedTrip = z.object({
  id: TripId,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  brief: Brief,
  stops: z.array(TripStop).check(z.maxLength(WALK_MAX_STOPS)),
});
export type SavedTrip = z.infer<typeof SavedTrip>;

/** A new trip id: `trip-` and 10 random base-36 characters (crypto where available). */
export function newTripId(): string {
  const bytes = new Uint8Array(10);
  globalThis.crypto.getRandomValues(bytes);
  return `trip-${[...bytes].map((b) => (b % 36).toString(36)).join('')}`;
}
