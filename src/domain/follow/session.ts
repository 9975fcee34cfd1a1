/**
 * A walk or a trip being followed: its stops, each leg as a line with its directions in both
 * languages, and the walker's state. Pure transitions: a fix, a tick, a new leg from here, the view
 * the screen and the map draw. The app store keeps the session; the device's position comes in
 * through the UI's watcher.
 */
import type { DirectionStep } from '../network/directions';
import type { Place, Profile } from '../network/types';
import type { Locale, Localized } from '../schema';
import { meters, type LngLat, type Meters } from '../types';
import { isFinished, onFix, onTick, rerouted, startFollow, stepAt, type Fix, type FollowState } from './follow';
import { cutLeg, legLine, pointAlong, type LegLine } from './track';

/** A stop of the walk; `site`: the learning site it is (a trip's start and end may be a site, or the school). */
export type FollowStop = { id: string; name: Localized; point: LngLat; site: string | null };

/** Why the walker's position is not being used (named to the user; the walk stays usable without it). */
export type FollowProblem = 'unsupported' | 'denied' | 'unavailable' | 'timeout' | 'outside';

export type FollowSession = {
  kind: 'walk' | 'trip';
  /** In walking order: leg `i` goes from `stops[i]` to `stops[i + 1]`. */
  stops: FollowStop[];
  /** Where a new route to `stops[i]` goes on the network (null for the first stop). */
  targets: (Place | null)[];
  profile: Profile;
  lines: LegLine[];
  steps: Record<Locale, DirectionStep[][]>;
  state: FollowState;
  problem: FollowProblem | null;
  /** The steps are read aloud (off unless the walker turns it on). */
  speak: boolean;
  /** How many times the walk was re-routed (each one named to the walker). */
  reroutes: number;
};

export type FollowLeg = { line: readonly LngLat[]; steps: Record<Locale, DirectionStep[]> };

/**
 * @example createSession({ kind: 'walk', stops, targets, profile: 'shortest', legs })
 */
export function createSession(input: {
  kind: FollowSession['kind'];
  stops: FollowStop[];
  targets: (Place | null)[];
  profile: Profile;
  legs: readonly FollowLeg[];
  /** The leg to begin on (a walk changed mid-walk goes on from the first stop not yet reached). */
  startLeg?: number;
}): FollowSession {
  return {
    kind: input.kind,
    stops: input.stops,
    targets: input.targets,
    profile: input.profile,
    lines: input.legs.map((l) => legLine(l.line)),
    steps: { th: input.legs.map((l) => l.steps.th), en: input.legs.map((l) => l.steps.en) },
    state: startFollow(input.startLeg ?? 0),
    problem: null,
    speak: false,
    reroutes: 0,
  };
}

export const withFix = (s: FollowSession, fix: Fix): FollowSession => ({ ...s, state: onFix(s.state, fix, s.lines), problem: null });
export const withTick = (s: FollowSession, now: number): FollowSession => {
  const state = onTick(s.state, now);
  return state === s.state ? s : { ...s, state };
};
export const withProblem = (s: FollowSession, problem: FollowProblem | null): FollowSession => ({ ...s, problem });

/** The current leg replaced by a new one from the walker's place. */
export function withNewLeg(s: FollowSession, leg: FollowLeg): FollowSession {
  const i = s.state.leg;
  const replace = <T>(list: readonly T[], item: T) => list.map((x, j) => (j === i ? item : x));
  return {
    ...s,
    lines: replace(s.lines, legLine(leg.line)),
    steps: { th: replace(s.steps.th, leg.steps.th), en: replace(s.steps.en, leg.steps.en) },
    state: rerouted(s.state),
    reroutes: s.reroutes + 1,
  };
}

/** What the follow screen shows, in one language. */
export type FollowView = {
  finished: boolean;
  /** The stop being walked to (index into `stops`), and the one reached last. */
  to: number;
  arrived: number | null;
  step: DirectionStep | null;
  next: DirectionStep | null;
  /** Metres to the next step (a turn, a bridge, the stop). */
  toNext: Meters;
  /** Metres left to the stop being walked to. */
  toStop: Meters;
};

export function followView(s: FollowSession, locale: Locale): FollowView {
  const { state } = s;
  const finished = isFinished(state, s.lines);
  const arrived = state.arrivedLeg === null ? null : state.arrivedLeg + 1;
  if (finished) return { finished, to: s.stops.length - 1, arrived, step: null, next: null, toNext: meters(0), toStop: meters(0) };
  const line = s.lines[state.leg]!;
  const steps = s.steps[locale][state.leg] ?? [];
  const at = stepAt(steps, line.length, state.along);
  return {
    finished,
    to: state.leg + 1,
    arrived,
    step: steps[at.index] ?? null,
    next: steps[at.index + 1] ?? null,
    toNext: at.toNext,
    toStop: meters(Math.max(0, line.length - state.along)),
  };
}

/** What the map draws: the route already walked and still ahead, the walker's position, and what to keep in view. */
export type FollowMap = {
  walked: LngLat[][];
  ahead: LngLat[][];
  position: { point: LngLat; accuracy: number; good: boolean } | null;
  /** The position and the place of the next step: the camera keeps both in the visible part. */
  reveal: LngLat[];
};

export function followMap(s: FollowSession): FollowMap {
  const { state, lines } = s;
  const walked = lines.slice(0, state.leg).map((l) => [...l.points]);
  const ahead = lines.slice(state.leg + 1).map((l) => [...l.points]);
  const current = lines[state.leg];
  if (current) {
    const cut = cutLeg(current, state.along);
    if (cut.walked.length > 1) walked.push(cut.walked);
    if (cut.ahead.length > 1) ahead.unshift(cut.ahead);
  }
  const fix = state.fix;
  const position = fix ? { point: fix.point, accuracy: fix.accuracy, good: state.quality === 'good' } : null;
  const reveal: LngLat[] = [];
  if (position) reveal.push(position.point);
  // The next step's place: where the step now ends (step distances are the same in both languages).
  if (current) reveal.push(pointAlong(current, state.along + followView(s, 'en').toNext));
  return { walked, ahead, position, reveal };
}
