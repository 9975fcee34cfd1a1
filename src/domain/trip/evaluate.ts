/**
 * The budget bar: times and totals of a trip in a given order, recomputed whenever the teacher
 * adds, removes or reorders stops. Walking minutes are whole minutes rounded up per leg, so the
 * plan errs on the side of time to spare.
 */
import type { SiteFeature } from '../schema';
import { meters, type Meters } from '../types';
import { briefBuffers, briefPace, type Brief } from './brief';
import { END_KEY, matrixLookup, START_KEY, type TravelMatrix } from './matrix';

export const TRIP_MAX_STOPS = 15;

export type TimedStop = {
  id: string;
  /** Minutes from the trip's start time. */
  arrive: number;
  leave: number;
  /** Clock times, HH:MM (may pass midnight: 24:10). */
  arriveAt: string;
  leaveAt: string;
  walkMinutesFromPrevious: number;
  walkMetresFromPrevious: Meters;
  visitMinutes: number;
  bufferMinutes: number;
};

export type TripTotals = {
  walkMinutes: number;
  visitMinutes: number;
  /** Per-stop buffers plus the start and end buffers. */
  bufferMinutes: number;
  total: number;
  distance: Meters;
  /** The last walk, to the end point. */
  finalWalkMinutes: number;
  finishAt: string;
};

export type TripWarning =
  | { code: 'over-budget'; overBy: number; budget: number }
  | { code: 'unreachable-leg'; from: string; to: string }
  | { code: 'unknown-site'; id: string }
  | { code: 'not-step-free'; id: string }
  | { code: 'duplicate-stop'; id: string }
  | { code: 'too-many-stops'; count: number; max: number };

export type TripEvaluation = { stops: TimedStop[]; totals: TripTotals; budget: number; remaining: number; warnings: TripWarning[] };

export type TripContext = { brief: Brief; sites: readonly SiteFeature[]; matrix: TravelMatrix };

/** Whole minutes to walk `metres` at `pace` km/h (rounded up; Infinity stays Infinity). */
export const walkMinutes = (metres: number, pace: number): number => (metres === Infinity ? Infinity : Math.ceil(metres / ((pace * 1000) / 60) - 1e-9));

/** @example clock('09:30', 95) // '11:05' */
export function clock(startTime: string, offset: number): string {
  const [h, m] = startTime.split(':').map(Number) as [number, number];
  const t = h * 60 + m + Math.round(offset);
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/**
 * @example
 * const ev = evaluateTrip(['wat-hua-fai', 'rakaeng-bridge'], { brief, sites, matrix });
 * ev.remaining // minutes left in the budget (negative: over, with an 'over-budget' warning)
 */
export function evaluateTrip(stopIds: readonly string[], ctx: TripContext): TripEvaluation {
  const { brief } = ctx;
  const pace = briefPace(brief);
  const buffers = briefBuffers(brief);
  const metres = matrixLookup(ctx.matrix);
  const byId = new Map(ctx.sites.map((s) => [s.properties.id, s]));
  const warnings: TripWarning[] = [];
  if (stopIds.length > TRIP_MAX_STOPS) warnings.push({ code: 'too-many-stops', count: stopIds.length, max: TRIP_MAX_STOPS });
  const seen = new Set<string>();
  const stops: TimedStop[] = [];
  let [t, walked, distance, prev] = [buffers.start, 0, 0, START_KEY];
  const leg = (from: string, to: string) => {
    const m = metres(from, to);
    if (m === Infinity) warnings.push({ code: 'unreachable-leg', from, to });
    const d = m === Infinity ? 0 : m;
    return { d, min: walkMinutes(d, pace) };
  };
  for (const id of stopIds) {
    const site = byId.get(id);
    if (!site) {
      warnings.push({ code: 'unknown-site', id });
      continue;
    }
    if (seen.has(id)) warnings.push({ code: 'duplicate-stop', id });
    seen.add(id);
    if (brief.stepFree && site.properties.stepFree === 'no') warnings.push({ code: 'not-step-free', id });
    const { d, min } = leg(prev, id);
    const visit = site.properties.visitMinutes;
    const arrive = t + min;
    const leave = arrive + visit + buffers.perStop;
    stops.push({
      id,
      arrive,
      leave,
      arriveAt: clock(brief.startTime, arrive),
      leaveAt: clock(brief.startTime, leave),
      walkMinutesFromPrevious: min,
      walkMetresFromPrevious: meters(d),
      visitMinutes: visit,
      bufferMinutes: buffers.perStop,
    });
    [t, walked, distance, prev] = [leave, walked + min, distance + d, id];
  }
  const last = leg(prev, END_KEY);
  const total = t + last.min + buffers.end;
  const visitMinutes = stops.reduce((s, x) => s + x.visitMinutes, 0);
  if (total > brief.budgetMinutes) warnings.push({ code: 'over-budget', overBy: total - brief.budgetMinutes, budget: brief.budgetMinutes });
  return {
    stops,
    totals: {
      walkMinutes: walked + last.min,
      visitMinutes,
      bufferMinutes: buffers.start + buffers.end + buffers.perStop * stops.length,
      total,
      distance: meters(distance + last.d),
      finalWalkMinutes: last.min,
      finishAt: clock(brief.startTime, total),
    },
    budget: brief.budgetMinutes,
    remaining: brief.budgetMinutes - total,
    warnings,
  };
}
