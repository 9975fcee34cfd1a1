/**
 * Step-by-step walking directions in Thai or English, generated from a leg's geometry and the
 * edges' names, banks and bridges. The words are in `directions/th.ts` and `directions/en.ts`.
 */
import type { Locale } from '../schema';
import { meters, type LngLat } from '../types';
import { actionOf, leadOf, turnOf } from './directions/describe';
import { formatDistance } from './directions/format';
import { PHRASES } from './directions/format';
import { headBearing, planarBearing, planarDistance } from './directions/geometry';
import { DEFAULT_LANDMARK_RADIUS, landmarksAtTurns, landmarksPassed } from './directions/landmarks';
import { legRuns, trimEnds, type Run } from './directions/runs';
import type { DirectionStep, DirectionsContext, StepKind, Turn } from './directions/types';
import type { EdgeInfo, Graph, Leg, Route } from './types';

export type { Compass, DirectionStep, DirectionsContext, Landmark, StepKind, Turn } from './directions/types';
export { formatDistance, formatDuration } from './directions/format';
export { PACES, legSummary, walkSummary, type WalkSummary } from './directions/summary';

/** Access legs (from a stop to the nearest line) from this length on are said to be off the network. */
export const OFF_NETWORK_NOTE_M = 50;

const OFF_NETWORK: EdgeInfo = { featureId: 'access', kind: 'path', stepFree: true, shade: 'none', lit: false };

function runBearing(run: Run): number {
  const first = run.points[0] as LngLat;
  const last = run.points.at(-1) as LngLat;
  return planarDistance(first, last) > 1 ? planarBearing(first, last) : headBearing(run.points);
}

function kindOf(index: number, run: Run, turn: Turn | null): StepKind {
  if (index === 0) return 'depart';
  if (run.info.kind === 'bridge' || run.info.kind === 'steps') return run.info.kind;
  return turn === 'straight' ? 'walk' : 'turn';
}

/**
 * The directions for one leg: a departure, one step per stretch walked the same way, an arrival.
 * @example directions(graph, leg, { stops, waterways }, 'en').map((s) => s.text)
 * // ['Start at Wat Chedi Luang and walk 350 m south along the east bank of the Mae Kha, past Wat Hua Fai.',
 * //  'Turn left onto Tha Phae Road and walk 200 m east.', 'Arrive at Warorot Market.']
 */
export function directions(graph: Graph, leg: Leg, context: DirectionsContext, locale: Locale): DirectionStep[] {
  const book = PHRASES[locale];
  const start = leg.geometry[0];
  const end = leg.geometry.at(-1);
  if (start === undefined || end === undefined) throw new RangeError(`leg ${leg.from} → ${leg.to} has no geometry`);
  const from = context.stops[leg.from]?.[locale] ?? book.unnamedStart;
  const to = context.stops[leg.to]?.[locale] ?? book.unnamedEnd;

  // A bridge that is the stop itself is where the leg starts or ends, not a step.
  const names = { start: context.stops[leg.from], end: context.stops[leg.to] };
  const runs: Run[] = trimEnds(legRuns(graph, leg), (run, end) => run.info.kind === 'bridge' && !!run.info.name && run.info.name.en === names[end]?.en);
  // Both stops snapped to the same node: the whole leg is a straight walk off the network.
  if (runs.length === 0) runs.push({ info: OFF_NETWORK, edges: [], points: [start, end], length: 0, change: null });
  const stopIds = new Set(Object.keys(context.stops));
  const landmarks = context.landmarks ?? [];
  const turns = runs.map((run) => (run.change === null ? null : turnOf(run.change)));
  const atTurn = landmarksAtTurns(runs, landmarks, stopIds, (_, i) => turns[i] !== null && turns[i] !== 'straight');
  const said = new Set(atTurn.flatMap((l) => (l ? [l.id] : [])));
  const past = landmarksPassed(runs, landmarks, stopIds, context.landmarkRadius ?? DEFAULT_LANDMARK_RADIUS, said);
  const startAccess = planarDistance(start, runs[0]?.points[0] as LngLat);
  const endAccess = Math.max(0, leg.distance - runs.reduce((sum, r) => sum + r.length, 0) - startAccess);
  // An access leg this long is worth saying: it is not on any mapped line.
  const offNetwork = (metres: number, where: 'first' | 'last') =>
    metres >= OFF_NETWORK_NOTE_M ? ` ${book.offNetwork(formatDistance(meters(metres), locale), where)}` : '';

  const steps = runs.map((run, i): DirectionStep => {
    const distance = meters(run.length + (i === 0 ? startAccess : 0) + (i === runs.length - 1 ? endAccess : 0));
    const bearing = runBearing(run);
    const action = actionOf(run, distance, bearing, past[i] ?? [], context, locale);
    const turn = turns[i] ?? null;
    const lead = i === 0 || turn === null ? { kind: 'start' as const, place: from } : leadOf(turn, action, atTurn[i]?.name[locale] ?? null);
    return {
      kind: kindOf(i, run, turn),
      turn,
      text: book.step(lead, action) + (i === 0 ? offNetwork(startAccess, 'first') : ''),
      distance,
      bearing,
      at: i === 0 ? start : (run.points[0] as LngLat),
      edgeIds: run.edges,
    };
  });
  const last = steps.at(-1);
  steps.push({
    kind: 'arrive',
    turn: null,
    text: book.arrive(to) + offNetwork(endAccess, 'last'),
    distance: meters(0),
    bearing: last?.bearing ?? 0,
    at: end,
    edgeIds: [],
  });
  return steps;
}

/**
 * Directions for every leg of a walk, in order.
 * @example routeDirections(graph, route, context, 'th').length // route.legs.length
 */
export function routeDirections(
  graph: Graph,
  route: Route,
  context: DirectionsContext,
  locale: Locale,
): DirectionStep[][] {
  return route.legs.map((leg) => directions(graph, leg, context, locale));
}
