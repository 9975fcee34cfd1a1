/**
 * Following a walk, as a pure state machine: each position fix (from the device) moves the walker
 * along the current leg, and decides arrival at the leg's stop and leaving the route. A fix worse
 * than `goodAccuracy` is shown but decides nothing. Time comes in with the fix (or a tick), never
 * from a clock here, so every rule can be tested step by step.
 */
import { planarDistance } from '../network/directions/geometry';
import { meters, type LngLat, type Meters } from '../types';
import { placeOnLeg, type LegLine } from './track';

/** The stated figures: the app's help and the tests quote these. */
export const FOLLOW_RULES = {
  /** A fix acts (arrival, leaving the route) only when the device says it is this accurate or better. */
  goodAccuracy: meters(30),
  /** Within this straight-line distance of a stop, with a good fix, the walker has arrived. */
  arriveWithin: meters(25),
  /** Further than this from the route (or than the fix's accuracy + 15 m, when that is more) … */
  offRouteBeyond: meters(40),
  /** … for this long (milliseconds), and a new route from here is offered. */
  offRouteAfter: 10_000,
} as const;

export type Fix = { point: LngLat; accuracy: Meters; time: number };

export type FollowState = {
  /** The leg being walked (towards stop `leg + 1`); equal to the number of legs once the last stop is reached. */
  leg: number;
  /** Metres along the current leg. */
  along: Meters;
  /** Metres from the route at the last good fix; null before one. */
  offset: Meters | null;
  fix: Fix | null;
  /** The last fix good enough to act on (a new route starts there, not at a rough one). */
  good: Fix | null;
  /** 'waiting' before any fix; 'poor' when the last fix was not accurate enough to act on. */
  quality: 'waiting' | 'good' | 'poor';
  /** When the walker was first seen off the route (still off since then); null when on it. */
  offSince: number | null;
  /** Off the route for long enough: a new route from here is offered. */
  offRoute: boolean;
  /** The leg whose stop was reached last (its card is open); null before the first arrival. */
  arrivedLeg: number | null;
};

export const startFollow = (leg = 0): FollowState => ({
  leg,
  along: meters(0),
  offset: null,
  fix: null,
  good: null,
  quality: 'waiting',
  offSince: null,
  offRoute: false,
  arrivedLeg: null,
});

export const isFinished = (state: FollowState, legs: readonly LegLine[]): boolean => state.leg >= legs.length;

/**
 * The state after a new fix. On the current leg only: arriving at its stop moves on to the next leg.
 * @example let s = startFollow(); s = onFix(s, { point, accuracy: meters(8), time: Date.now() }, legs);
 */
export function onFix(state: FollowState, fix: Fix, legs: readonly LegLine[]): FollowState {
  if (fix.accuracy > FOLLOW_RULES.goodAccuracy) return { ...state, fix, quality: 'poor' };
  const leg = legs[state.leg];
  if (!leg) return { ...state, fix, good: fix, quality: 'good' };
  const end = leg.points.at(-1)!;
  if (planarDistance(fix.point, end) <= FOLLOW_RULES.arriveWithin) {
    return { ...startFollow(state.leg + 1), fix, good: fix, quality: 'good', offset: meters(0), arrivedLeg: state.leg };
  }
  const placed = placeOnLeg(leg, fix.point, state.along);
  // A fix that may be 30 m out is not taken as 40 m off the route: the margin grows with its error.
  const off = placed.offset > Math.max(FOLLOW_RULES.offRouteBeyond, fix.accuracy + 15);
  const offSince = off ? (state.offSince ?? fix.time) : null;
  return {
    ...state,
    fix,
    good: fix,
    quality: 'good',
    // Off the route, the walker's place on it stays where it was last known.
    along: off ? state.along : placed.along,
    offset: placed.offset,
    offSince,
    offRoute: offSince !== null && fix.time - offSince >= FOLLOW_RULES.offRouteAfter,
  };
}

/** The state at `now` without a new fix: a walker standing still off the route is still offered a new one. */
export function onTick(state: FollowState, now: number): FollowState {
  if (state.offRoute || state.offSince === null || state.quality !== 'good') return state;
  return now - state.offSince >= FOLLOW_RULES.offRouteAfter ? { ...state, offRoute: true } : state;
}

/** After a new route from here replaces the current leg: at its start, on it. */
export const rerouted = (state: FollowState): FollowState => ({ ...startFollow(state.leg), fix: state.fix, good: state.good, quality: state.quality, offset: meters(0) });

/** The step being walked and the metres to the start of the next one (or to the stop). */
export type StepProgress = { index: number; toNext: Meters };

/**
 * Where the walker is in a leg's directions. The steps' own distances are scaled to the leg's line,
 * so the last step ends at the stop.
 * @example stepAt([{ distance: 100 }, { distance: 50 }, { distance: 0 }], 150, 120) // { index: 1, toNext: 30 }
 */
export function stepAt(steps: readonly { distance: number }[], legLength: number, along: number): StepProgress {
  const total = steps.reduce((sum, s) => sum + s.distance, 0);
  const scale = total > 0 ? legLength / total : 0;
  let start = 0;
  for (let i = 0; i < steps.length; i++) {
    const end = start + steps[i]!.distance * scale;
    // The step in progress: the next one starts further on (a step of no length is a point: "arrive").
    if (along < end || i === steps.length - 1) return { index: i, toNext: meters(Math.max(0, end - along)) };
    start = end;
  }
  return { index: 0, toNext: meters(Math.max(0, legLength - along)) };
}
