/**
 * Splits a leg into runs: stretches walked the same way (one street, one bank, one bridge, or
 * straight on along nameless paths), each of which becomes one direction step.
 */
import type { LngLat } from '../../types';
import type { EdgeInfo, Graph, Leg } from '../types';
import { bearingChange, distanceToLine, headBearing, lineBetween, planarDistance, tailBearing } from './geometry';

export type Run = {
  /** The first edge's info: it names and describes the run. */
  info: EdgeInfo;
  edges: number[];
  /** The run's line in travel order. */
  points: LngLat[];
  length: number;
  /** Signed change of heading into the run (positive: right); null for the first run. */
  change: number | null;
};

/** Below these changes of heading a step carries on: the same way may bend, a nameless one only run straight. */
const SAME_WAY_BEND = 60;
const STRAIGHT_ON = 20;
/**
 * A nameless stretch shorter than this between two others is a jog (two streets meeting a few
 * metres apart), not a step of its own: "turn left, walk 10 m, turn right" reads as carrying on.
 */
export const JOG_M = 30;
/** Any stretch shorter than this between two others (a few metres of bank between a street and a bridge) is folded too. */
export const STUB_M = 15;

/** What makes a stretch one "way" in the directions; null for a nameless path or street. */
export function wayKey(info: EdgeInfo): string | null {
  if (info.kind === 'bridge') return `bridge:${info.name?.en ?? info.crosses ?? info.featureId}`;
  if (info.kind === 'steps') return `steps:${info.featureId}`;
  if (info.name) return `name:${info.name.en}`;
  if (info.kind === 'promenade' && info.beside) return `walkway:${info.beside.waterway}`;
  if (info.beside) return `beside:${info.beside.waterway}:${info.beside.bank ?? ''}`;
  return null;
}

const isCrossing = (info: EdgeInfo) => info.kind === 'bridge' || info.kind === 'steps';

/**
 * Whether the walk goes on in the same step from `run` into `next`: along the same way (bends
 * allowed), straight on along a nameless one, or through a node with no other way to go (a
 * point where the data merely splits a line), unless a bridge or steps begin or end there.
 */
function continues(run: EdgeInfo, next: EdgeInfo, change: number, noChoice: boolean): boolean {
  const key = wayKey(run);
  const nextKey = wayKey(next);
  if (key !== null && key === nextKey) return Math.abs(change) < SAME_WAY_BEND || noChoice;
  if (isCrossing(run) || isCrossing(next)) return false;
  if (nextKey !== null) return false;
  return Math.abs(change) < STRAIGHT_ON || noChoice;
}

/**
 * Edge `i` of a leg as walked, in travel order, and its metres. A leg that starts or ends part-way
 * along an edge (at a snapped point) walks only `leg.walked[i]` of it: the end of its first edge,
 * the start of its last, or, when both are one edge, the stretch from where the leg's start
 * projects onto it.
 */
function walkedEdge(graph: Graph, leg: Leg, i: number): { points: LngLat[]; length: number } {
  const edge = leg.edges[i] as number;
  const line = graph.edgeGeometry[edge];
  if (line === undefined) throw new RangeError(`leg edge ${edge} is not in the graph (${graph.edgeCount} edges)`);
  const points = leg.reversed[i] ? [...line].reverse() : [...line];
  const length = graph.edgeLength[edge] as number;
  const walked = leg.walked?.[i];
  if (walked === undefined || !(walked < length) || length <= 0) return { points, length };
  const share = walked / length;
  const last = leg.edges.length - 1;
  let start = 0;
  if (i === 0 && i !== last) start = 1 - share;
  else if (i === 0 && leg.geometry[0] !== undefined) {
    const along = distanceToLine(leg.geometry[0], points).along;
    const total = points.slice(1).reduce((sum, p, k) => sum + planarDistance(points[k] as LngLat, p), 0);
    start = Math.min(1 - share, Math.max(0, total > 0 ? along / total : 0));
  }
  return { points: lineBetween(points, start, start + share), length: walked };
}

/** The node a leg passes between its edge `i` and the next one. */
const nodeAfter = (graph: Graph, leg: Leg, i: number): number => {
  const edge = leg.edges[i] as number;
  return (leg.reversed[i] ? graph.edgeFrom[edge] : graph.edgeTo[edge]) as number;
};
const degree = (graph: Graph, node: number): number => (graph.adjStart[node + 1] as number) - (graph.adjStart[node] as number);

/**
 * Folds jogs into the stretch before them: a short nameless run between two others disappears,
 * and the turn into the run after it is measured from the heading before the jog.
 */
function foldJogs(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as Run;
    const prev = out.at(-1);
    const next = runs[i + 1];
    const short = run.length < STUB_M || (run.length < JOG_M && wayKey(run.info) === null);
    // A few metres off a bridge before the next turn belong to the next stretch.
    if (prev && next && short && !isCrossing(run.info) && isCrossing(prev.info) && !isCrossing(next.info)) {
      const change = bearingChange(tailBearing(prev.points), headBearing(next.points));
      runs[i + 1] = { ...next, edges: [...run.edges, ...next.edges], points: [...run.points, ...next.points.slice(1)], length: run.length + next.length, change };
      continue;
    }
    const jog = prev && next && short && !isCrossing(run.info) && !isCrossing(prev.info);
    if (!jog) {
      out.push(run);
      continue;
    }
    const heading = tailBearing(prev.points);
    prev.edges.push(...run.edges);
    prev.points.push(...run.points.slice(1));
    prev.length += run.length;
    const change = bearingChange(heading, headBearing(next.points));
    // The run after the jog either carries on what came before it, or turns off it.
    if (continues(prev.info, next.info, change, false)) {
      prev.edges.push(...next.edges);
      prev.points.push(...next.points.slice(1));
      prev.length += next.length;
      i++;
    } else {
      next.change = change;
    }
  }
  return out;
}

/**
 * Where a leg starts or ends on a stretch of its own a few metres long (a stop on a bridge, left
 * by the other half of the bridge; two carriageways a few metres apart), that stretch is part of
 * the stop, not a step: it is folded into the stretch after it (at the start) or before it (at the
 * end). So is a bridge at either end that the stop itself is: one does not cross a bridge to
 * arrive at it. `isStop(run)`: whether the run is the stop at that end.
 */
export function trimEnds(runs: Run[], isStop: (run: Run, end: 'start' | 'end') => boolean): Run[] {
  const out = [...runs];
  const absorbable = (run: Run, end: 'start' | 'end') => run.length < STUB_M || isStop(run, end);
  while (out.length > 1 && absorbable(out[0] as Run, 'start')) {
    const [first, second] = [out[0] as Run, out[1] as Run];
    out.splice(0, 2, { ...second, edges: [...first.edges, ...second.edges], points: [...first.points, ...second.points.slice(1)], length: first.length + second.length, change: null });
  }
  while (out.length > 1 && absorbable(out.at(-1) as Run, 'end')) {
    const [before, last] = [out.at(-2) as Run, out.at(-1) as Run];
    out.splice(-2, 2, { ...before, edges: [...before.edges, ...last.edges], points: [...before.points, ...last.points.slice(1)], length: before.length + last.length });
  }
  return out;
}

/**
 * The runs of a leg, in travel order.
 * @example legRuns(graph, leg).map((r) => r.edges) // [[0, 1], [2]]
 */
export function legRuns(graph: Graph, leg: Leg): Run[] {
  const runs: Run[] = [];
  let lastEdgePoints: LngLat[] = [];
  leg.edges.forEach((edge, i) => {
    const { points, length } = walkedEdge(graph, leg, i);
    const info = graph.edgeInfo[edge] as EdgeInfo;
    const run = runs.at(-1);
    const change = run ? bearingChange(tailBearing(lastEdgePoints), headBearing(points)) : null;
    const noChoice = i > 0 && degree(graph, nodeAfter(graph, leg, i - 1)) <= 2;
    if (run && change !== null && continues(run.info, info, change, noChoice)) {
      run.edges.push(edge);
      run.points.push(...points.slice(1));
      run.length += length;
    } else {
      runs.push({ info, edges: [edge], points, length, change });
    }
    lastEdgePoints = points;
  });
  return foldJogs(runs);
}
