/**
 * The proposal: which stops, in which order, serve the brief best within its time budget
 * (scoring in `score.ts`, the heuristic in `orienteer.ts`, times in `evaluate.ts`). Each stop says
 * why it was chosen as reason codes with values; the UI turns them into sentences.
 */
import type { SiteFeature, Theme } from '../schema';
import { briefBuffers, briefPace, type Brief, type Subject } from './brief';
import { evaluateTrip, TRIP_MAX_STOPS, walkMinutes, type TimedStop, type TripEvaluation } from './evaluate';
import { END_KEY, matrixLookup, START_KEY, type TravelMatrix } from './matrix';
import { solveOrienteering, tripMinutes, type OrienteeringProblem } from './orienteer';
import { scoreSite, tripValue, type SiteScore } from './score';

export type StopReason =
  | { code: 'locked' }
  | { code: 'themes'; themes: Theme[] }
  | { code: 'subjects'; subjects: Subject[] }
  | { code: 'learning-site' }
  | { code: 'verified' }
  | { code: 'added-minutes'; value: number }
  | { code: 'step-free-unknown' }
  /** Not one of the chosen subjects: added because the relevant stops left this much of the budget unused. */
  | { code: 'spare-time'; value: number };

export type ProposedStop = TimedStop & { reasons: StopReason[] };

export type Excluded = { id: string; reason: 'unreachable' | 'not-step-free' | 'not-relevant' };

export type ProposeError =
  | { kind: 'budget-too-short'; budget: number; minimumBudget: number; via: string }
  | { kind: 'no-reachable-relevant-site'; subjects: Subject[] }
  | { kind: 'locked-over-budget'; budget: number; minimumBudget: number; locked: string[] }
  | { kind: 'locked-unreachable'; stop: string }
  | { kind: 'locked-unknown'; stops: string[] };

export type Proposal =
  | { ok: true; stops: ProposedStop[]; totals: TripEvaluation['totals']; remaining: number; excluded: Excluded[] }
  | { ok: false; error: ProposeError };

/**
 * A proposal should use the budget well: when the stops that serve the subjects leave more than
 * this share of it unused, stops that serve other subjects fill the spare time (each says so, and
 * never in place of a relevant one).
 */
export const SPARE_TIME_TARGET = 0.85;

export type ProposeInput = {
  brief: Brief;
  sites: readonly SiteFeature[];
  /** From `tripMatrix` (or any provider of metres between START_KEY, END_KEY and site ids). */
  matrix: TravelMatrix;
  /** Stops the teacher locked: always kept (their order may change). */
  locked?: readonly string[];
  /** Stops the teacher removed: never proposed. */
  exclude?: readonly string[];
};

/**
 * @example
 * const out = proposeTrip({ brief, sites, matrix });
 * if (out.ok) out.stops.map((s) => s.id); else out.error.kind // 'budget-too-short', ...
 */
export function proposeTrip(input: ProposeInput, options: { maxStops?: number } = {}): Proposal {
  const { brief, sites } = input;
  const locked = [...new Set(input.locked ?? [])];
  const byId = new Map(sites.map((s) => [s.properties.id, s]));
  const unknown = locked.filter((id) => !byId.has(id));
  if (unknown.length > 0) return fail({ kind: 'locked-unknown', stops: unknown });
  const metres = matrixLookup(input.matrix);
  const pace = briefPace(brief);
  const buffers = briefBuffers(brief);
  // Nodes: 0 start, 1 end, then every site, in id order so ties break the same way every time.
  const ordered = [...sites].sort((a, b) => (a.properties.id < b.properties.id ? -1 : 1));
  const keys = [START_KEY, END_KEY, ...ordered.map((s) => s.properties.id)];
  const scores = ordered.map((s) => scoreSite(s, brief.subjects));
  const excluded: Excluded[] = [];
  const candidates: number[] = [];
  const others: number[] = [];
  ordered.forEach((s, i) => {
    const id = s.properties.id;
    if (locked.includes(id) || input.exclude?.includes(id)) return;
    if (brief.stepFree && s.properties.stepFree === 'no') return void excluded.push({ id, reason: 'not-step-free' });
    if (metres(START_KEY, id) === Infinity || metres(id, END_KEY) === Infinity) return void excluded.push({ id, reason: 'unreachable' });
    if ((scores[i] as SiteScore).points === 0) return void others.push(i + 2);
    candidates.push(i + 2);
  });
  const problem: OrienteeringProblem = {
    walk: keys.map((a) => keys.map((b) => walkMinutes(metres(a, b), pace))),
    start: 0,
    end: 1,
    stay: [0, 0, ...ordered.map((s) => s.properties.visitMinutes + buffers.perStop)],
    fixed: buffers.start + buffers.end,
    budget: brief.budgetMinutes,
    locked: locked.map((id) => keys.indexOf(id)),
    candidates,
    value: (nodes) => tripValue(nodes.map((n) => scores[n - 2] as SiteScore)),
    maxStops: Math.max(options.maxStops ?? TRIP_MAX_STOPS, locked.length),
  };
  const solved = solveOrienteering(problem);
  if ('error' in solved) {
    if (solved.error === 'locked-unreachable') return fail({ kind: 'locked-unreachable', stop: keys[solved.node] as string });
    return fail({ kind: 'locked-over-budget', budget: brief.budgetMinutes, minimumBudget: solved.minimum, locked });
  }
  if (solved.order.length === 0) return fail(tooShort(problem, keys, brief.subjects));
  const spare = fillSpareTime(problem, solved.order, others, (n) => ordered[n - 2] as SiteFeature);
  const order = spare.order;
  const fillers = new Set(order.filter((n) => !solved.order.includes(n)));
  for (const n of others) if (!fillers.has(n)) excluded.push({ id: keys[n] as string, reason: 'not-relevant' });
  excluded.sort((a, b) => (a.id < b.id ? -1 : 1));
  const ids = order.map((n) => keys[n] as string);
  const evaluation = evaluateTrip(ids, { brief, sites, matrix: input.matrix });
  const stops = evaluation.stops.map((stop, k) => ({
    ...stop,
    reasons: reasonsFor(byId.get(stop.id) as SiteFeature, scores[(order[k] as number) - 2] as SiteScore, {
      locked: locked.includes(stop.id),
      stepFree: brief.stepFree,
      added: tripMinutes(problem, order) - tripMinutes(problem, order.filter((_, j) => j !== k)),
      spare: fillers.has(order[k] as number) ? spare.unused : null,
    }),
  }));
  return { ok: true, stops, totals: evaluation.totals, remaining: evaluation.remaining, excluded };
}

const fail = (error: ProposeError): Proposal => ({ ok: false, error });

/** A stop that serves none of the subjects is worth less than any that does: 1, and 1 more for a learning site. */
const fillerValue = (site: SiteFeature) => 1 + (site.properties.category === 'learning' ? 1 : 0);

/**
 * When the relevant stops leave more than (1 − SPARE_TIME_TARGET) of the budget unused, other
 * reachable sites fill it: the relevant stops are kept (locked), so a filler never replaces one.
 * `unused`: the minutes the relevant stops alone left.
 */
function fillSpareTime(p: OrienteeringProblem, order: number[], others: readonly number[], site: (n: number) => SiteFeature): { order: number[]; unused: number } {
  const unused = p.budget - tripMinutes(p, order);
  if (unused <= p.budget * (1 - SPARE_TIME_TARGET) || others.length === 0) return { order, unused };
  const relevant = new Set(order);
  const filled = solveOrienteering({
    ...p,
    locked: order,
    candidates: others,
    value: (nodes) => p.value(nodes.filter((n) => relevant.has(n))) + nodes.filter((n) => !relevant.has(n)).reduce((sum, n) => sum + fillerValue(site(n)), 0),
    maxStops: Math.max(p.maxStops, order.length),
  });
  return { order: 'error' in filled ? order : filled.order, unused };
}

/** The smallest budget that fits one relevant stop: there and on to the end, its visit and the buffers. */
function tooShort(p: OrienteeringProblem, keys: readonly string[], subjects: Subject[]): ProposeError {
  let best = { minutes: Infinity, node: -1 };
  for (const c of p.candidates) {
    const minutes = tripMinutes(p, [c]);
    if (minutes < best.minutes) best = { minutes, node: c };
  }
  if (best.node === -1) return { kind: 'no-reachable-relevant-site', subjects };
  return { kind: 'budget-too-short', budget: p.budget, minimumBudget: best.minutes, via: keys[best.node] as string };
}

function reasonsFor(site: SiteFeature, score: SiteScore, o: { locked: boolean; stepFree: boolean; added: number; spare: number | null }): StopReason[] {
  const reasons: StopReason[] = [];
  if (o.locked) reasons.push({ code: 'locked' });
  if (o.spare !== null) reasons.push({ code: 'spare-time', value: o.spare });
  if (score.matched.length > 0) reasons.push({ code: 'themes', themes: score.matched }, { code: 'subjects', subjects: score.subjects });
  if (score.learning && score.points > 0) reasons.push({ code: 'learning-site' });
  if (score.verified && score.points > 0) reasons.push({ code: 'verified' });
  reasons.push({ code: 'added-minutes', value: o.added });
  if (o.stepFree && site.properties.stepFree === 'unknown') reasons.push({ code: 'step-free-unknown' });
  return reasons;
}
