/**
 * Splits a leg into runs: stretches walked the same way (one street, one bank, one bridge, or
 * straight on along nameless paths), each of which becomes one direction step.
 */
import type { LngLat } from '../../types';
import type { EdgeInfo, Graph, Leg } from '../types';
import { bearingChange, headBearing, tailBearing } from './geometry';

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

function edgePoints(graph: Graph, edge: number, reversed: boolean): LngLat[] {
  const line = graph.edgeGeometry[edge];
  if (line === undefined) throw new RangeError(`leg edge ${edge} is not in the graph (${graph.edgeCount} edges)`);
  return reversed ? [...line].reverse() : [...line];
}

/**
 * The runs of a leg, in travel order.
 * @example legRuns(graph, leg).map((r) => r.edges) // [[0, 1], [2]]
 */
export function legRuns(graph: Graph, leg: Leg): Run[] {
  const runs: Run[] = [];
  let lastEdgePoints: LngLat[] = [];
  leg.edges.forEach((edge, i) => {
    const points = edgePoints(graph, edge, leg.reversed[i] ?? false);
    const info = graph.edgeInfo[edge] as EdgeInfo;
    const length = graph.edgeLength[edge] ?? 0;
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
