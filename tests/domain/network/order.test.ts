import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../../src/domain/network/graph';
import { planWalk } from '../../../src/domain/network/order';
import { exactOrder, nearestNeighbour, tourCost, twoOpt, type CostMatrix } from '../../../src/domain/network/tsp';
import { at, collection, line } from './net';

/** A straight 400 m street with stops attached at the given distances along it. */
function street(stops: number[]) {
  const features = [line([[0, 0], [400, 0]], { id: 'street' }), line([[1000, 0], [1100, 0]], { id: 'island' })];
  return buildGraph(collection(...features), { attach: stops.map((x, i) => ({ id: `s${i}`, point: at(x, 5) })) });
}

/** Every order of stops 1..n-1 after stop 0: the brute-force answer. */
function bruteForce(m: CostMatrix, loop: boolean): number {
  const rest = [...m.keys()].slice(1);
  const perms = (xs: number[]): number[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));
  return Math.min(...perms(rest).map((p) => tourCost(m, [0, ...p], loop)));
}

const points = (n: number) => fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })), { minLength: n, maxLength: n });
const matrixOf = (ps: [number, number][]): number[][] => ps.map((a) => ps.map((b) => Math.hypot(a[0] - b[0], a[1] - b[1])));

describe('planWalk', () => {
  test('keeps the given order', () => {
    const { graph, anchors } = street([300, 0, 200, 100]);
    const plan = planWalk(graph, anchors, { profile: 'shortest', order: 'keep' });
    if ('error' in plan) throw new Error(plan.error.kind);
    expect(plan.route.stops).toEqual(['s0', 's1', 's2', 's3']);
    // Each leg has two 5 m access legs.
    expect(plan.route.distance).toBeCloseTo(300 + 200 + 100 + 3 * 10, 0);
    expect(plan.route.legs.map((l) => [l.from, l.to])).toEqual([['s0', 's1'], ['s1', 's2'], ['s2', 's3']]);
  });

  test('optimising a one-way walk keeps the first stop and sweeps along the street', () => {
    const { graph, anchors } = street([150, 0, 400, 100, 300]);
    const plan = planWalk(graph, anchors, { profile: 'shortest', order: 'optimise' });
    if ('error' in plan) throw new Error(plan.error.kind);
    expect(plan.route.stops).toEqual(['s0', 's3', 's1', 's4', 's2']);
    // Down to 0 first (50 + 100), then up to 400 (300 + 100): 550 m, against 650 m up first.
    expect(plan.route.distance).toBeCloseTo(550 + 4 * 10, 0);
  });

  test('a loop comes back to the first stop', () => {
    const { graph, anchors } = street([200, 0, 400]);
    const plan = planWalk(graph, anchors, { profile: 'shortest', order: 'optimise', loop: true });
    if ('error' in plan) throw new Error(plan.error.kind);
    expect(plan.route.legs.at(-1)?.to).toBe('s0');
    expect(plan.route.distance).toBeCloseTo(800 + 6 * 5, 0);
  });

  test('too many stops is an error value', () => {
    const { graph, anchors } = street([0, 100, 200]);
    expect(planWalk(graph, anchors, { profile: 'shortest', maxStops: 2 })).toEqual({ error: { kind: 'too-many-stops', count: 3, max: 2 } });
  });

  test('an unreachable stop is named, with the reason', () => {
    const { graph, anchors } = street([0, 100, 1050]);
    for (const order of ['keep', 'optimise'] as const) {
      expect(planWalk(graph, anchors, { profile: 'shortest', order })).toEqual({
        error: { kind: 'unreachable', stop: 's2', from: order === 'keep' ? 's1' : 's0', reason: 'other-component' },
      });
    }
  });
});

describe('ordering', () => {
  test('the exact order finds the known optimum of a hand case', () => {
    // Stops on a line at 0, 30, 10, 20: the best one-way order from the first is 0 → 10 → 20 → 30.
    const xs = [0, 30, 10, 20];
    const m = xs.map((a) => xs.map((b) => Math.abs(a - b)));
    expect(exactOrder(m, false)).toEqual([0, 2, 3, 1]);
    expect(tourCost(m, exactOrder(m, true), true)).toBe(60);
  });

  test('the exact order matches brute force', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 7 }).chain(points), fc.boolean(), (ps, loop) => {
        const m = matrixOf(ps);
        const order = exactOrder(m, loop);
        expect(order[0]).toBe(0);
        expect([...order].sort((a, b) => a - b)).toEqual([...m.keys()]);
        expect(tourCost(m, order, loop)).toBeCloseTo(bruteForce(m, loop), 6);
      }),
      { numRuns: 60 },
    );
  });

  test('2-opt is never worse than nearest neighbour, and keeps the first stop', () => {
    fc.assert(
      fc.property(fc.integer({ min: 9, max: 25 }).chain(points), fc.boolean(), (ps, loop) => {
        const m = matrixOf(ps);
        const nn = nearestNeighbour(m);
        const better = twoOpt(m, nn, loop);
        expect(better[0]).toBe(0);
        expect(tourCost(m, better, loop)).toBeLessThanOrEqual(tourCost(m, nn, loop) + 1e-9);
      }),
      { numRuns: 40 },
    );
  });
});
