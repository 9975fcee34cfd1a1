/**
 * The teacher's brief: who is coming, when, for how long, what they study, where the trip starts
 * and ends. Validated at the edge (a saved trip, a share link, a form); the planner reads the
 * parsed value. Pace and buffers have defaults that are planning assumptions, not facts.
 */
import { z } from 'zod/mini';
import { Slug, STUDY_AREA, type Theme } from '../schema';

export const GROUPS = ['primary', 'lower-secondary', 'upper-secondary', 'university', 'adult'] as const;
export type Group = (typeof GROUPS)[number];

export const SUBJECTS = ['water-ecology', 'history-community', 'economy-craft', 'culture'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** The four subjects as the site themes they cover. */
export const SUBJECT_THEMES: Readonly<Record<Subject, readonly Theme[]>> = {
  'water-ecology': ['water', 'ecology'],
  'history-community': ['history', 'community'],
  'economy-craft': ['economy', 'craft', 'food'],
  culture: ['culture'],
};

export const BUDGET_RANGE = { min: 60, max: 240 } as const;
export const GROUP_SIZE_RANGE = { min: 1, max: 60 } as const;

/**
 * Planning assumptions (editorial, not measured): a typical walking pace in km/h per group, slower
 * by BIG_GROUP_SLOWDOWN for groups over BIG_GROUP, never below MIN_PACE. The teacher may override.
 */
export const GROUP_PACE: Readonly<Record<Group, number>> = {
  primary: 3.0,
  'lower-secondary': 3.5,
  'upper-secondary': 4.0,
  university: 4.5,
  adult: 4.5,
};
export const BIG_GROUP = 25;
export const BIG_GROUP_SLOWDOWN = 0.3;
export const MIN_PACE = 2.5;
/** Planning assumptions in minutes: after each stop (gathering, counting heads), at the start and at the end. */
export const DEFAULT_BUFFERS = { perStop: 5, start: 10, end: 10 } as const;

const Minutes = (max: number) => z.int().check(z.gte(0), z.lte(max));
const Lng = z.number().check(z.gte(STUDY_AREA.west), z.lte(STUDY_AREA.east));
const Lat = z.number().check(z.gte(STUDY_AREA.south), z.lte(STUDY_AREA.north));

export const Endpoint = z.union([
  z.object({ kind: z.literal('site'), id: Slug }),
  z.object({ kind: z.literal('point'), lng: Lng, lat: Lat, label: z.string().check(z.trim(), z.maxLength(80)) }),
]);
export type Endpoint = z.infer<typeof Endpoint>;

export const Brief = z.object({
  /** ISO calendar date, e.g. 2025-11-20. */
  date: z.iso.date(),
  /** Local start time, 24-hour HH:MM. */
  startTime: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'start time must be HH:MM')),
  budgetMinutes: z.int().check(z.gte(BUDGET_RANGE.min), z.lte(BUDGET_RANGE.max)),
  group: z.enum(GROUPS),
  groupSize: z.int().check(z.gte(GROUP_SIZE_RANGE.min), z.lte(GROUP_SIZE_RANGE.max)),
  subjects: z.array(z.enum(SUBJECTS)).check(z.minLength(1), z.refine((s) => new Set(s).size === s.length, 'subjects repeat')),
  start: Endpoint,
  end: Endpoint,
  stepFree: z.boolean(),
  /** km/h; absent: derived from the group (`briefPace`). */
  pace: z.optional(z.number().check(z.gte(1), z.lte(7))),
  buffers: z.optional(z.object({ perStop: Minutes(30), start: Minutes(60), end: Minutes(60) })),
});
export type Brief = z.infer<typeof Brief>;

/**
 * The pace to plan with: the teacher's, or the group default.
 * @example briefPace({ ...brief, group: 'primary', groupSize: 30 }) // 2.7
 */
export function briefPace(brief: Pick<Brief, 'group' | 'groupSize' | 'pace'>): number {
  if (brief.pace !== undefined) return brief.pace;
  const base = GROUP_PACE[brief.group] - (brief.groupSize > BIG_GROUP ? BIG_GROUP_SLOWDOWN : 0);
  return Math.max(MIN_PACE, Math.round(base * 10) / 10);
}

/** @example briefBuffers(brief) // { perStop: 5, start: 10, end: 10 } */
export const briefBuffers = (brief: Pick<Brief, 'buffers'>) => brief.buffers ?? DEFAULT_BUFFERS;

/** @example briefThemes(['culture', 'water-ecology']) // Set { 'culture', 'water', 'ecology' } */
export const briefThemes = (subjects: readonly Subject[]): ReadonlySet<Theme> => new Set(subjects.flatMap((s) => SUBJECT_THEMES[s]));

/** The routing profile a brief needs: 'step-free' forbids steps and edges not known to be step-free. */
export const briefProfile = (brief: Pick<Brief, 'stepFree'>) => (brief.stepFree ? 'step-free' : 'shortest') as 'step-free' | 'shortest';
