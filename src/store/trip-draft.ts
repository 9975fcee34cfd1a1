/** A new trip's brief: planning defaults the teacher changes in the form. */
import type { SiteFeature } from '../domain/schema';
import type { Brief } from '../domain/trip/brief';
import type { TripDraft } from './trip-slice';

/** Central, on the canal, and where the curated walks meet. */
const DEFAULT_START = 'tha-phae-gate';

/** Today's date in the browser's time zone, as the brief's ISO date. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function newDraft(sites: readonly SiteFeature[], name: string, now?: Date): TripDraft {
  const id = sites.some((s) => s.properties.id === DEFAULT_START) ? DEFAULT_START : (sites[0]?.properties.id ?? DEFAULT_START);
  const brief: Brief = {
    date: today(now),
    startTime: '09:00',
    budgetMinutes: 120,
    group: 'lower-secondary',
    groupSize: 30,
    subjects: ['water-ecology'],
    start: { kind: 'site', id },
    end: { kind: 'site', id },
    stepFree: false,
  };
  return { name, brief, stops: [], removed: [], savedId: null };
}
