/**
 * Per-site activities and safety notes (data/activities.json): pedagogical suggestions written
 * for this project, labelled as such, never facts about the sites. Safety notes say whether they
 * rest on the project's sourced data ('sourced', with the source) or are general good practice.
 */
import { z } from 'zod/mini';
import { Localized, Slug, Theme } from '../schema';
import type { Group } from './brief';

export const GRADE_BANDS = ['primary', 'secondary', 'university-adult'] as const;
export type GradeBand = (typeof GRADE_BANDS)[number];

export const ACTIVITY_KINDS = ['observe', 'measure', 'discuss'] as const;
export const SAFETY_TOPICS = [
  'canal-edge', 'water-contact', 'flood', 'slippery', 'mosquitoes', 'road', 'lanes', 'crowd', 'walkway',
  'gardens', 'residents', 'monument', 'facility', 'dogs', 'smoke', 'heat', 'opening-hours', 'toilets', 'first-aid',
] as const;

export const Activity = z.object({ band: z.enum(GRADE_BANDS), theme: Theme, kind: z.enum(ACTIVITY_KINDS), text: Localized });
export type Activity = z.infer<typeof Activity>;

export const SafetyNote = z.object({
  topic: z.enum(SAFETY_TOPICS),
  basis: z.enum(['generic', 'sourced']),
  text: Localized,
  /** Required for 'sourced' notes. */
  source: z.optional(z.string().check(z.minLength(1))),
  /** A seasonal note's months (1–12): said only for a trip in one of them. */
  months: z.optional(z.array(z.int().check(z.gte(1), z.lte(12))).check(z.minLength(1))),
});
export type SafetyNote = z.infer<typeof SafetyNote>;

/**
 * Whether a note applies on a date (ISO, e.g. 2026-03-12): always, unless it is seasonal and the
 * date's month is not one of its months.
 * @example inSeason({ ...smoke, months: [2, 3, 4] }, '2026-11-20') // false
 */
export function inSeason(note: Pick<SafetyNote, 'months'>, isoDate: string): boolean {
  const month = Number(isoDate.slice(5, 7));
  return !note.months || !Number.isInteger(month) || note.months.includes(month);
}

export const SiteActivities = z.object({
  activities: z.array(Activity).check(z.minLength(1)),
  safety: z.array(SafetyNote).check(z.minLength(1), z.refine((n) => n.every((s) => s.basis === 'generic' || s.source), 'a sourced note needs its source')),
});
export type SiteActivities = z.infer<typeof SiteActivities>;

export const ActivitiesFile = z.object({
  kind: z.literal('pedagogical-suggestions'),
  version: z.literal(1),
  note: Localized,
  sites: z.record(Slug, SiteActivities),
});
export type ActivitiesFile = z.infer<typeof ActivitiesFile>;

const BAND_OF: Readonly<Record<Group, GradeBand>> = {
  primary: 'primary',
  'lower-secondary': 'secondary',
  'upper-secondary': 'secondary',
  university: 'university-adult',
  adult: 'university-adult',
};

/** @example gradeBand('upper-secondary') // 'secondary' */
export const gradeBand = (group: Group): GradeBand => BAND_OF[group];

/**
 * A stop's activities for a band, those of the wanted themes first.
 * @example activitiesFor(file, 'wat-hua-fai', 'primary', new Set(['history']))
 */
export function activitiesFor(file: ActivitiesFile, siteId: string, band: GradeBand, themes: ReadonlySet<string> = new Set()): Activity[] {
  const all = (file.sites[siteId]?.activities ?? []).filter((a) => a.band === band);
  return [...all.filter((a) => themes.has(a.theme)), ...all.filter((a) => !themes.has(a.theme))];
}
