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

/** What makes a stretch one "way" in the directions; null for a nameless path or street. */
function wayKey(info: EdgeInfo): string | null {
  if (info.kind === 'bridge') return `bridge:${info.name?.en ?? info.crosses ?? info.featureId}`;
  if (info.kind === 'steps') return `steps:${info.featureId}`;
  if (info.name) return `name:${info.name.en}`;
  if (info.beside) return `beside:${info.beside.waterway}:${info.beside.bank}`;
  return null;
}

function continues(run: EdgeInfo, next: EdgeInfo, change: number): boolean {
  const key = wayKey(run);
  const nextKey = wayKey(next);
  if (key !== null && key === nextKey) return Math.abs(change) < SAME_WAY_BEND;
  const crossing = run.kind === 'bridge' || run.kind === 'steps';
  return nextKey === null && !crossing && Math.abs(change) < STRAIGHT_ON;
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
    if (run && change !== null && continues(run.info, info, change)) {
      run.edges.push(edge);
      run.points.push(...points.slice(1));
      run.length += length;
    } else {
      runs.push({ info, edges: [edge], points, length, change });
    }
    lastEdgePoints = points;
  });
  return runs;
}
