/**
 * Property tests on random small grid networks: the router against a plain, separate Dijkstra.
 */
import fc from 'fast-check';
import type { Feature } from 'geojson';
import { describe, expect, test } from 'vitest';
import { haversine } from '../../../src/domain/network/distance';
import { buildGraph } from '../../../src/domain/network/graph';
import { snapPoint } from '../../../src/domain/network/place';
import { route } from '../../../src/domain/network/route';
import { PROFILES, type Anchor, type EdgeInfo, type Graph, type Leg, type Place, type Profile } from '../../../src/domain/network/types';
import { meters, type LngLat } from '../../../src/domain/types';
import { at, collection, line } from './net';

type EdgeGene = { keep: boolean; steps: boolean; shade: 'good' | 'some' | 'none'; beside: boolean; bend: number };
const edgeGene = fc.record({
  keep: fc.boolean(),
  steps: fc.boolean(),
  shade: fc.constantFrom('good', 'some', 'none'),
  beside: fc.boolean(),
  bend: fc.integer({ min: -20, max: 20 }),
}) as fc.Arbitrary<EdgeGene>;

/** A k×k grid, 60 m apart, with some edges missing, some bent, diagonals and steps. */
const gridNetwork = fc.integer({ min: 2, max: 5 }).chain((k) =>
  fc.record({ k: fc.constant(k), genes: fc.array(edgeGene, { minLength: 3 * k * k, maxLength: 3 * k * k }) }),
);

function networkOf({ k, genes }: { k: number; genes: EdgeGene[] }): Feature[] {
  const features: Feature[] = [];
  let g = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const ends: [number, number][] = [[i + 1, j], [i, j + 1], [i + 1, j + 1]];
      for (const [ti, tj] of ends) {
        const gene = genes[g++] as EdgeGene;
        if (!gene.keep || ti >= k || tj >= k) continue;
        const mid: [number, number] = [(i + ti) * 30 + gene.bend, (j + tj) * 30 - gene.bend];
        const props = {
          kind: gene.steps ? 'steps' : 'path',
          stepFree: !gene.steps,
          shade: gene.shade,
          ...(gene.beside ? { beside: { waterway: 'mae-kha', bank: 'east' } } : {}),
        };
        features.push(line([[i * 60, j * 60], mid, [ti * 60, tj * 60]], props));
      }
    }
  }
  return features;
}

const FACTOR: Record<Profile, (i: EdgeInfo) => number> = {
  shortest: () => 1,
  'step-free': (i) => (i.kind === 'steps' || !i.stepFree ? Infinity : 1),
  shade: (i) => ({ good: 1, some: 1.15, none: 1.4 })[i.shade],
  'canal-first': (i) => (i.beside || (i.kind === 'bridge' && i.crosses) ? 1 : 1.3),
};

/** Plain O(n²) Dijkstra: the reference, sharing nothing with the router but the graph arrays. */
function reference(graph: Graph, profile: Profile, sources: { node: number; cost: number }[]): number[] {
  const dist = Array<number>(graph.nodeCount).fill(Infinity);
  const done = Array<boolean>(graph.nodeCount).fill(false);
  for (const s of sources) dist[s.node] = Math.min(dist[s.node] as number, s.cost);
  for (;;) {
    let u = -1;
    for (let n = 0; n < graph.nodeCount; n++) if (!done[n] && (u === -1 || (dist[n] as number) < (dist[u] as number))) u = n;
    if (u === -1 || dist[u] === Infinity) return dist;
    done[u] = true;
    for (let e = 0; e < graph.edgeCount; e++) {
      const [a, b] = [graph.edgeFrom[e] as number, graph.edgeTo[e] as number];
      if (a !== u && b !== u) continue;
      const w = (graph.edgeLength[e] as number) * FACTOR[profile](graph.edgeInfo[e] as EdgeInfo);
      const v = a === u ? b : a;
      dist[v] = Math.min(dist[v] as number, (dist[u] as number) + w);
    }
  }
}

const costOf = (graph: Graph, leg: Leg, profile: Profile) =>
  leg.edges.reduce((sum, e, i) => {
    const walked = leg.walked?.[i] ?? (graph.edgeLength[e] as number);
    return walked > 0 ? sum + walked * FACTOR[profile](graph.edgeInfo[e] as EdgeInfo) : sum;
  }, 0);

const nodeAnchor = (graph: Graph, n: number): Anchor => ({
  id: `n${n}`,
  point: [graph.lng[n] as number, graph.lat[n] as number],
  node: n,
  access: meters(0),
});

/** Consecutive edges of a leg share a node, walked in the stated direction. */
function connected(graph: Graph, leg: Leg): boolean {
  for (let i = 1; i < leg.edges.length; i++) {
    const [p, q] = [leg.edges[i - 1] as number, leg.edges[i] as number];
    const out = leg.reversed[i - 1] ? graph.edgeFrom[p] : graph.edgeTo[p];
    const into = leg.reversed[i] ? graph.edgeTo[q] : graph.edgeFrom[q];
    if (out !== into) return false;
  }
  return true;
}

function checkLeg(graph: Graph, from: Place, to: Place, profile: Profile, expected: number): void {
  const leg = route(graph, from, to, profile);
  if ('reason' in leg) {
    expect(expected).toBe(Infinity);
    return;
  }
  expect(costOf(graph, leg, profile)).toBeCloseTo(expected, 6);
  const walked = leg.edges.reduce((sum, e, i) => sum + (leg.walked?.[i] ?? (graph.edgeLength[e] as number)), 0);
  expect(leg.distance).toBeCloseTo(from.access + walked + to.access, 6);
  expect(leg.distance).toBeGreaterThanOrEqual(haversine(...from.point, ...to.point) - 1e-6);
  expect(connected(graph, leg)).toBe(true);
  if (profile === 'step-free') expect(leg.edges.some((e) => graph.edgeInfo[e]?.kind === 'steps')).toBe(false);
}

describe('route: properties on random grid networks', () => {
  test('between nodes: the cost equals a plain Dijkstra, the distance adds up, the path is connected', () => {
    fc.assert(
      fc.property(gridNetwork, fc.nat(), fc.nat(), fc.constantFrom(...PROFILES), (net, i, j, profile) => {
        const { graph } = buildGraph(collection(...networkOf(net)));
        fc.pre(graph.nodeCount > 1);
        const [a, b] = [i % graph.nodeCount, j % graph.nodeCount];
        const expected = reference(graph, profile, [{ node: a, cost: 0 }])[b] as number;
        checkLeg(graph, nodeAnchor(graph, a), nodeAnchor(graph, b), profile, expected);
      }),
      { numRuns: 300 },
    );
  });

  test('between snapped points: the same, with part-walked edges and access legs', () => {
    const offset = fc.tuple(fc.integer({ min: -20, max: 260 }), fc.integer({ min: -20, max: 260 }));
    fc.assert(
      fc.property(gridNetwork, offset, offset, fc.constantFrom(...PROFILES), (net, p, q, profile) => {
        const { graph } = buildGraph(collection(...networkOf(net)));
        const [from, to] = [snapPoint(graph, at(...p), meters(500), { id: 'p' }), snapPoint(graph, at(...q), meters(500), { id: 'q' })];
        fc.pre(!('reason' in from) && !('reason' in to));
        if ('reason' in from || 'reason' in to) return;
        const part = (v: typeof from, end: 'from' | 'to') => {
          const w = (graph.edgeLength[v.edge] as number) * FACTOR[profile](graph.edgeInfo[v.edge] as EdgeInfo);
          const d = end === 'from' ? v.fromDist : v.toDist;
          return { node: (end === 'from' ? graph.edgeFrom : graph.edgeTo)[v.edge] as number, cost: d > 0 ? (w * d) / (graph.edgeLength[v.edge] as number) : 0 };
        };
        const dist = reference(graph, profile, [part(from, 'from'), part(from, 'to')]);
        let expected = Math.min(...[part(to, 'from'), part(to, 'to')].map((g) => (dist[g.node] as number) + g.cost));
        if (from.edge === to.edge) {
          const w = FACTOR[profile](graph.edgeInfo[from.edge] as EdgeInfo);
          const along = Math.abs(from.fromDist - to.fromDist);
          expected = Math.min(expected, along > 0 ? w * along : 0);
        }
        checkLeg(graph, from, to, profile, expected);
      }),
      { numRuns: 300 },
    );
  });

  test('between points attached at several nodes: the cost equals a plain Dijkstra from every attachment', () => {
    const offset = fc.tuple(fc.integer({ min: -20, max: 260 }), fc.integer({ min: -20, max: 260 }));
    fc.assert(
      fc.property(gridNetwork, offset, offset, fc.constantFrom(...PROFILES), (net, p, q, profile) => {
        const { graph, anchors } = buildGraph(collection(...networkOf(net)), { attach: [{ id: 'p', point: at(...p) }, { id: 'q', point: at(...q) }] });
        fc.pre(anchors.length === 2);
        const [from, to] = anchors as [Anchor, Anchor];
        const seeds = (a: Anchor) => (a.attachments ?? []).map((t) => ({ node: t.node, cost: t.access as number }));
        const dist = reference(graph, profile, seeds(from));
        const expected = Math.min(...seeds(to).map((g) => (dist[g.node] as number) + g.cost));
        const leg = route(graph, from, to, profile);
        if ('reason' in leg) return void expect(expected).toBe(Infinity);
        const walked = leg.edges.reduce((sum, e, i) => sum + (leg.walked?.[i] ?? (graph.edgeLength[e] as number)), 0);
        const access = leg.distance - walked;
        expect(costOf(graph, leg, profile) + access).toBeCloseTo(expected, 6);
        const used = (a: Anchor) => (a.attachments ?? []).map((t) => t.access as number);
        expect(used(from).some((f) => used(to).some((t) => Math.abs(f + t - access) < 1e-6))).toBe(true);
        expect(leg.distance).toBeGreaterThanOrEqual(haversine(...from.point, ...to.point) - 1e-6);
        expect(connected(graph, leg)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test('a leg is never shorter than the straight line between its points', () => {
    fc.assert(
      fc.property(gridNetwork, fc.nat(), fc.nat(), (net, i, j) => {
        const { graph } = buildGraph(collection(...networkOf(net)));
        fc.pre(graph.nodeCount > 1);
        const [a, b] = [nodeAnchor(graph, i % graph.nodeCount), nodeAnchor(graph, j % graph.nodeCount)];
        const leg = route(graph, a, b, 'shortest');
        if (!('reason' in leg)) expect(leg.distance).toBeGreaterThanOrEqual(haversine(...(a.point as LngLat), ...(b.point as LngLat)) - 1e-6);
      }),
    );
  });
});
