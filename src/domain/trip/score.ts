/**
 * How much a site serves a brief. A planning heuristic, documented so teachers can trust it:
 * - THEME points for each of the site's themes that the chosen subjects cover;
 * - a LEARNING bonus for sites of the 'learning' category, a VERIFIED bonus for verified sites;
 * - for a whole trip, COVERAGE points for each chosen subject at least one stop serves, so a trip
 *   for two subjects does not spend all its time on one.
 * Sites with no matched theme score 0 and are never proposed (a teacher may still add them).
 */
import type { SiteFeature, Theme } from '../schema';
import { briefThemes, SUBJECT_THEMES, type Subject } from './brief';

export const SCORE = { theme: 10, learning: 2, verified: 1, coverage: 5 } as const;

export type SiteScore = {
  id: string;
  matched: Theme[];
  /** Subjects this site serves. */
  subjects: Subject[];
  learning: boolean;
  verified: boolean;
  /** THEME × matched + bonuses; 0 when nothing matches. */
  points: number;
};

/**
 * @example scoreSite(wat, ['culture']).points // 10 + 2 (a learning site)
 */
export function scoreSite(site: SiteFeature, subjects: readonly Subject[]): SiteScore {
  const wanted = briefThemes(subjects);
  const p = site.properties;
  const matched = p.themes.filter((t) => wanted.has(t));
  const learning = p.category === 'learning';
  const verified = p.status === 'verified';
  const points = matched.length === 0 ? 0 : SCORE.theme * matched.length + (learning ? SCORE.learning : 0) + (verified ? SCORE.verified : 0);
  const served = subjects.filter((s) => SUBJECT_THEMES[s].some((t) => matched.includes(t)));
  return { id: p.id, matched, subjects: served, learning, verified, points };
}

/**
 * The value of a set of stops: their points plus COVERAGE per subject served.
 * @example tripValue([a, b]) // a.points + b.points + 5 × subjects served
 */
export function tripValue(scores: readonly SiteScore[]): number {
  const covered = new Set(scores.flatMap((s) => s.subjects));
  return scores.reduce((sum, s) => sum + s.points, 0) + SCORE.coverage * covered.size;
}
