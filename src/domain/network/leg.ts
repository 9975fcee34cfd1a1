/**
 * Turns a search result into a `Leg`: the edges in travel order, the full line (access legs and
 * part-walked edges included) and the true metres walked.
 */
import { meters, type LngLat, type Meters } from '../types';
import { attachmentAt, isVirtual, placeAt } from './place';
import type { Graph, Leg, Place, VirtualAnchor } from './types';

/** A position along an edge line: vertex index plus fraction, and the point there. */
type Stop = { pos: number; at: LngLat };

/** The part of `line` between two positions, in the direction from `a` to `b`. */
function slice(line: readonly LngLat[], a: Stop, b: Stop): LngLat[] {
  const out: LngLat[] = [a.at];
  if (a.pos <= b.pos) for (let i = Math.floor(a.pos) + 1; i < b.pos; i++) out.push(line[i] as LngLat);
  else for (let i = Math.ceil(a.pos) - 1; i > b.pos; i--) out.push(line[i] as LngLat);
  out.push(b.at);
  return out;
}

const stopOf = (v: VirtualAnchor): Stop => ({ pos: v.segment + v.t, at: v.at });
const lineOf = (graph: Graph, edge: number) => graph.edgeGeometry[edge] as readonly LngLat[];
const startStop = (line: readonly LngLat[]): Stop => ({ pos: 0, at: line[0] as LngLat });
const endStop = (line: readonly LngLat[]): Stop => ({ pos: line.length - 1, at: line.at(-1) as LngLat });

/** An edge as walked; `part`: only part of it (a virtual place lies on it); `backwards`: read `line` from its end. */
type Piece = { edge: number; reversed: boolean; walked: number; line: readonly LngLat[]; part?: true; backwards?: boolean };

/** The part of a virtual place's edge walked between the place and the node `node` at one end. */
function partial(graph: Graph, v: VirtualAnchor, node: number, leaving: boolean): Piece {
  const line = lineOf(graph, v.edge);
  const towardsFrom = graph.edgeFrom[v.edge] === node && (graph.edgeTo[v.edge] !== node || v.fromDist <= v.toDist);
  const end = towardsFrom ? startStop(line) : endStop(line);
  const walked = towardsFrom ? v.fromDist : v.toDist;
  return leaving
    ? { edge: v.edge, reversed: towardsFrom, walked, line: slice(line, stopOf(v), end), part: true }
    : { edge: v.edge, reversed: !towardsFrom, walked, line: slice(line, end, stopOf(v)), part: true };
}

/** A whole edge; its line stays the graph's own (read backwards when reversed), not a copy. */
const whole = (graph: Graph, edge: number, reversed: boolean): Piece => ({
  edge,
  reversed,
  walked: graph.edgeLength[edge] as number,
  line: lineOf(graph, edge),
  backwards: reversed,
});

/** Appends a line (read backwards if asked), skipping points equal to the last one out. */
function pushPoints(out: LngLat[], points: readonly LngLat[], backwards = false): void {
  const n = points.length;
  for (let k = 0; k < n; k++) {
    const p = points[backwards ? n - 1 - k : k] as LngLat;
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
}

/** Where a place meets the network on this leg, and its access leg: an anchor's attachment at `node`. */
function entry(graph: Graph, p: Place, node: number | null): { at: LngLat; access: number } {
  if (isVirtual(p) || node === null) return { at: placeAt(graph, p), access: p.access };
  const t = attachmentAt(p, node);
  return { at: [graph.lng[t.node] as number, graph.lat[t.node] as number], access: t.access };
}

/**
 * The leg from `from` to `to` along a node path (`start` node, edges, directions), reached at node
 * `end`; or, with `direct`, straight along the edge two virtual places share.
 */
export function assembleLeg(
  graph: Graph,
  from: Place,
  to: Place,
  path: { start: number; end: number; edges: readonly number[]; reversed: readonly boolean[] } | 'direct',
): Leg {
  const pieces: Piece[] = [];
  if (path === 'direct') {
    const [a, b] = [from as VirtualAnchor, to as VirtualAnchor];
    const line = slice(lineOf(graph, a.edge), stopOf(a), stopOf(b));
    pieces.push({ edge: a.edge, reversed: b.fromDist < a.fromDist, walked: Math.abs(a.fromDist - b.fromDist), line, part: true });
  } else {
    if (isVirtual(from)) pieces.push(partial(graph, from, path.start, true));
    path.edges.forEach((edge, i) => pieces.push(whole(graph, edge, path.reversed[i] ?? false)));
    if (isVirtual(to)) pieces.push(partial(graph, to, path.end, false));
  }
  const leg: Leg = { from: from.id, to: to.id, edges: [], reversed: [], geometry: [], distance: meters(0) };
  const walked: Meters[] = [];
  const start = entry(graph, from, path === 'direct' ? null : path.start);
  const end = entry(graph, to, path === 'direct' ? null : path.end);
  let distance = start.access + end.access;
  pushPoints(leg.geometry, [from.point, start.at]);
  for (const p of pieces) {
    // A place exactly at a node walks none of its edge: that edge is not part of the leg.
    if (p.part && p.walked === 0) continue;
    leg.edges.push(p.edge);
    leg.reversed.push(p.reversed);
    walked.push(meters(p.walked));
    distance += p.walked;
    pushPoints(leg.geometry, p.line, p.backwards);
  }
  pushPoints(leg.geometry, [end.at, to.point]);
  leg.distance = meters(distance);
  if (path !== 'direct' && !isVirtual(from)) leg.leftFrom = path.start;
  if (path !== 'direct' && !isVirtual(to)) leg.arrivedAt = path.end;
  if (isVirtual(from) || isVirtual(to)) leg.walked = walked;
  return leg;
}
