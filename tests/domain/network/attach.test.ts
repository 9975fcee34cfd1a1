/**
 * Points between two paths: a site on the canal centreline, 8 m from either bank, attaches to
 * both banks, so a walk along one bank never crosses a bridge to reach it.
 */
import { describe, expect, test } from 'vitest';
import { ATTACH_TOLERANCE, buildGraph, MAX_ATTACHMENTS } from '../../../src/domain/network/graph';
import { planWalk } from '../../../src/domain/network/order';
import { multiSourceDistances, route } from '../../../src/domain/network/route';
import type { Leg } from '../../../src/domain/network/types';
import { at, collection, line } from './net';

const ok = (leg: ReturnType<typeof route>): Leg => {
  if ('reason' in leg) throw new Error(`expected a leg, got ${leg.reason}`);
  return leg;
};

/** Two banks 16 m apart (y = ±8) along a 400 m canal, with bridges at both ends. */
const canal = (west: Record<string, unknown> = {}, east: Record<string, unknown> = {}) =>
  collection(
    line([[0, -8], [400, -8]], { id: 'south-bank', ...west }),
    line([[0, 8], [400, 8]], { id: 'north-bank', ...east }),
    line([[0, -8], [0, 8]], { id: 'west-bridge', kind: 'bridge' }),
    line([[400, -8], [400, 8]], { id: 'east-bridge', kind: 'bridge' }),
  );
const onCanal = [
  { id: 'a', point: at(100, 0) },
  { id: 'b', point: at(300, 0) },
];

describe('attaching a point between two paths', () => {
  test('a point on the centreline attaches to both banks, 8 m each', () => {
    const { anchors } = buildGraph(canal(), { attach: onCanal });
    expect(anchors[0]?.attachments?.map((t) => t.access)).toEqual([expect.closeTo(8, 3), expect.closeTo(8, 3)]);
  });

  test('a walk between two points on the canal follows one bank, not a zig-zag over the bridges', () => {
    const { graph, anchors } = buildGraph(canal(), { attach: onCanal });
    const leg = ok(route(graph, anchors[0]!, anchors[1]!, 'shortest'));
    expect(leg.distance).toBeCloseTo(8 + 200 + 8, 3);
    expect(leg.edges.every((e) => graph.edgeInfo[e]?.kind !== 'bridge')).toBe(true);
  });

  test('the leg line starts and ends at the points, through the attachment actually used', () => {
    const { graph, anchors } = buildGraph(canal(), { attach: onCanal });
    const leg = ok(route(graph, anchors[0]!, anchors[1]!, 'shortest'));
    expect(leg.geometry[0]).toEqual(onCanal[0]!.point);
    expect(leg.geometry.at(-1)).toEqual(onCanal[1]!.point);
    const bank = leg.geometry[1]![1];
    expect(leg.geometry.slice(1, -1).every((p) => Math.abs(p[1] - bank) < 1e-9)).toBe(true);
  });

  test('a point farther than the tolerance from the other bank attaches to its own bank only', () => {
    const { anchors } = buildGraph(collection(line([[0, 0], [400, 0]]), line([[0, 40], [400, 40]])), {
      attach: [{ id: 'x', point: at(100, 5) }],
    });
    expect(ATTACH_TOLERANCE).toBe(20);
    expect(anchors[0]?.attachments).toHaveLength(1);
  });

  test(`at most ${MAX_ATTACHMENTS} attachments, and none within 5 m of another`, () => {
    const lines = [-20, -8, 8, 11, 20].map((y) => line([[0, y], [400, y]]));
    const { anchors } = buildGraph(collection(...lines), { attach: [{ id: 'x', point: at(100, 0) }] });
    const access = anchors[0]?.attachments?.map((t) => Math.round(t.access));
    expect(access).toEqual([8, 8, 20]);
  });

  test('the nearest attachment stays the anchor node', () => {
    const { anchors } = buildGraph(canal(), { attach: [{ id: 'x', point: at(100, 3) }] });
    const [first] = anchors[0]?.attachments ?? [];
    expect([anchors[0]?.node, anchors[0]?.access]).toEqual([first?.node, first?.access]);
    expect(anchors[0]?.access).toBeCloseTo(5, 3);
  });

  test('steps on the nearer bank: the step-free profile still reaches the point from the other bank', () => {
    const steps = { kind: 'steps', stepFree: false };
    const { graph, anchors } = buildGraph(canal(steps), { attach: [{ id: 'a', point: at(100, -2) }, { id: 'b', point: at(300, 2) }] });
    const leg = ok(route(graph, anchors[0]!, anchors[1]!, 'step-free'));
    expect(leg.edges.some((e) => graph.edgeInfo[e]?.kind === 'steps')).toBe(false);
    expect(leg.distance).toBeCloseTo(10 + 200 + 6, 3);
  });

  test('a point between two separate networks walks to either', () => {
    const { graph, anchors } = buildGraph(
      collection(line([[0, -8], [400, -8]]), line([[0, 8], [200, 8], [200, 400]])),
      { attach: [{ id: 'mid', point: at(100, 0) }, { id: 'south', point: at(300, -8) }, { id: 'north', point: at(200, 300) }] },
    );
    expect(graph.componentSizes).toHaveLength(2);
    expect(ok(route(graph, anchors[0]!, anchors[1]!, 'shortest')).distance).toBeCloseTo(8 + 200, 3);
    expect(ok(route(graph, anchors[0]!, anchors[2]!, 'shortest')).distance).toBeCloseTo(8 + 100 + 292, 3);
    expect(route(graph, anchors[1]!, anchors[2]!, 'shortest')).toMatchObject({ reason: 'other-component' });
  });

  test('planWalk and multiSourceDistances see every attachment', () => {
    const { graph, anchors } = buildGraph(canal(), { attach: onCanal });
    const plan = planWalk(graph, anchors, { profile: 'shortest', order: 'optimise', loop: true });
    if ('error' in plan) throw new Error(plan.error.kind);
    expect(plan.route.distance).toBeCloseTo(2 * 216, 3);
    const d = multiSourceDistances(graph, [anchors[0]!], 'shortest');
    for (const t of anchors[1]!.attachments ?? []) expect(d.distance[t.node]).toBeCloseTo(208, 3);
  });
});
