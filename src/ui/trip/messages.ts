/**
 * The domain's reason, error and warning codes as sentences, with site names (never ids) in the
 * current language.
 */
import type { Theme } from '../../domain/vocab';
import type { TCommon, TTrip } from '../../i18n/t';
import type { EndpointProblem } from '../../domain/trip/matrix';
import type { Excluded, ProposeError, StopReason } from '../../domain/trip/propose';
import type { TripWarning } from '../../domain/trip/evaluate';
import { END_KEY, START_KEY } from '../../domain/trip/matrix';
import type { Locale } from '../../domain/vocab';

type Names = (id: string) => string;

/**
 * Why a stop is in the trip, as plain sentences a teacher can pass on ("For water and ecology: here
 * the class can learn about water and flooding. It is a learning site. It adds 25 min to the trip.").
 * `t` of the trip namespace and `tc` of the common one (themes).
 */
export function whyText(reasons: readonly StopReason[], t: TTrip, tc: TCommon, locale: Locale): string {
  const themes = reasons.find((r) => r.code === 'themes');
  const subjects = reasons.find((r) => r.code === 'subjects');
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  // Subject names hold "และ" themselves ("น้ำและระบบนิเวศ"): a Thai list of two or more quotes each.
  const subjectList = (names: string[]) => list(locale === 'th' && names.length > 1 ? names.map((n) => `“${n}”`) : names);
  // Theme names are labels ("Water"); inside an English sentence they are common nouns.
  const theme = (x: Theme) => (locale === 'en' ? tc(`theme.${x}`).toLowerCase() : tc(`theme.${x}`));
  const sentences = reasons.flatMap((r): string[] => {
    switch (r.code) {
      case 'themes':
        return [t('reason.for', {
          subjects: subjectList((subjects?.code === 'subjects' ? subjects.subjects : []).map((x) => t(`brief.subjectNames.${x}`))),
          themes: list(r.themes.map(theme)),
        })];
      case 'subjects':
        return themes ? [] : [t('reason.forSubjects', { subjects: subjectList(r.subjects.map((x) => t(`brief.subjectNames.${x}`))) })];
      case 'added-minutes':
      case 'spare-time':
        return [t(`reason.${r.code}`, { value: r.value })];
      default:
        return [t(`reason.${r.code}`)];
    }
  });
  // Thai separates sentences with a space, as English does after its full stop.
  return sentences.join(' ');
}

export function errorText(e: ProposeError | EndpointProblem, t: TTrip, name: Names): string {
  switch (e.kind) {
    case 'budget-too-short':
      return t('error.budget-too-short', { budget: e.budget, minimumBudget: e.minimumBudget, via: name(e.via) });
    case 'no-reachable-relevant-site':
      return t('error.no-reachable-relevant-site');
    case 'locked-over-budget':
      // With nothing locked, it is the walk from start to end that does not fit.
      if (e.locked.length === 0) return t('error.endpoints-over-budget', { budget: e.budget, minimumBudget: e.minimumBudget });
      return t('error.locked-over-budget', { budget: e.budget, minimumBudget: e.minimumBudget });
    case 'locked-unreachable':
      return t('error.locked-unreachable', { stop: name(e.stop) });
    case 'locked-unknown':
      return t('error.locked-unknown', { stops: e.stops.map(name).join(', ') });
    case 'endpoint-unknown':
      return t('error.endpoint-unknown', { which: t(`which.${e.which}`), id: e.id });
    case 'endpoint-off-network':
      if (e.distance === null) return t('error.endpoint-no-network', { which: t(`which.${e.which}`) });
      return t('error.endpoint-off-network', {
        which: t(`which.${e.which}`),
        distance: Math.round(e.distance / 10) * 10,
        limit: Math.round(e.limit),
      });
  }
}

export function warningText(w: TripWarning, t: TTrip, name: Names): string {
  const place = (id: string) => (id === START_KEY ? t('brief.start') : id === END_KEY ? t('brief.end') : name(id));
  switch (w.code) {
    case 'over-budget':
      return t('warning.over-budget', { overBy: w.overBy });
    case 'unreachable-leg':
      return t('warning.unreachable-leg', { from: place(w.from), to: place(w.to) });
    case 'too-many-stops':
      return t('warning.too-many-stops', { count: w.count, max: w.max });
    default:
      return t(`warning.${w.code}`, { id: name(w.id) });
  }
}

/** "12 places (not about these subjects: 9, cannot be reached: 3)". */
export function excludedText(excluded: readonly Excluded[], t: TTrip, locale: Locale): string {
  const counts = new Map<Excluded['reason'], number>();
  for (const e of excluded) counts.set(e.reason, (counts.get(e.reason) ?? 0) + 1);
  // Thai separates list items with a space, English with a comma.
  const reasons = [...counts].map(([reason, n]) => t('excludedItem', { reason: t(`excluded.${reason}`), count: n })).join(locale === 'th' ? ' ' : ', ');
  return t('propose.excluded', { count: excluded.length, reasons });
}
