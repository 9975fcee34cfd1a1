/**
 * A walk leaves each stop from the attachment it arrived at: a site between the canal's banks is
 * not a way across the canal, but a site on a bridge still is (the bridge is an edge).
 */
import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../../src/domain/network/graph';
import { planWalk } from '../../../src/domain/network/order';
import { atAttachment, attachmentsOf } from '../../../src/domain/network/place';
import { route } from '../../../src/domain/network/route';
import type { Anchor, Graph, Leg, Route } from '../../../src/domain/network/types';
import { at, collection, line } from './net';

const ok = (leg: ReturnType<typeof route>): Leg => {
  if ('reason' in leg) throw new Error(`expected a leg, got ${leg.reason}`);
  return leg;
};

const planned = (graph: Graph, stops: readonly Anchor[], loop = false): Route => {
  const plan = planWalk(graph, stops, { profile: 'shortest', order: 'keep', loop });
  if ('error' in plan) throw new Error(plan.error.kind);
  return plan.route;
};

/** Every leg leaves its stop from the node the previous leg arrived at (a loop: and ends where it started). */
function expectChained(r: Route): void {
  const legs = r.legs;
  for (let i = 1; i < legs.length; i++) expect(legs[i]!.leftFrom).toBe(legs[i - 1]!.arrivedAt);
  for (const l of legs) expect([l.leftFrom, l.arrivedAt]).toEqual([expect.any(Number), expect.any(Number)]);
  if (r.loop) expect(legs.at(-1)!.arrivedAt).toBe(legs[0]!.leftFrom);
  expect(r.distance).toBeCloseTo(legs.reduce((s, l) => s + l.distance, 0), 6);
}

/** The detour of a bump 10 m out and back over 32 m: what walking round it adds to a straight bank. */
const BUMP = 2 * Math.hypot(10, 32) - 20;

/**
 * Two banks 16 m apart (y = ±8) along a 400 m canal, bridges only at both ends; the north bank
 * bumps out between A and B, the south bank between B and C. A, B, C lie on the centreline at
 * x = 100, 200, 300, 8 m from either bank: A → B is shortest on the south bank, B → C on the north.
 */
const twoBanks = () =>
  buildGraph(
    collection(
      line([[0, -8], [240, -8], [250, -40], [260, -8], [400, -8]], { id: 'south-bank' }),
      line([[0, 8], [140, 8], [150, 40], [160, 8], [400, 8]], { id: 'north-bank' }),
      line([[0, -8], [0, 8]], { id: 'west-bridge', kind: 'bridge' }),
      line([[400, -8], [400, 8]], { id: 'east-bridge', kind: 'bridge' }),
    ),
    { attach: [{ id: 'a', point: at(100, 0) }, { id: 'b', point: at(200, 0) }, { id: 'c', point: at(300, 0) }] },
  );

describe('a walk continues from the attachment it arrived at', () => {
  test('the shortest legs alone would cross the canal through B (arrive south, leave north)', () => {
    const { graph, anchors } = twoBanks();
    const [a, b, c] = anchors as [Anchor, Anchor, Anchor];
    expect(attachmentsOf(b)).toHaveLength(2);
    const ab = ok(route(graph, a, b, 'shortest'));
    const bc = ok(route(graph, b, c, 'shortest'));
    expect(ab.distance + bc.distance).toBeCloseTo(2 * (8 + 100 + 8), 3);
    expect(ab.arrivedAt).not.toBe(bc.leftFrom);
  });

  test('A → B → C does not cross between the banks at B: it walks round one bump', () => {
    const { graph, anchors } = twoBanks();
    const [a, b, c] = anchors as [Anchor, Anchor, Anchor];
    const walk = planned(graph, anchors);
    expectChained(walk);
    // Four 8 m access legs (B's both at one bank), 200 m along it, and the bump on that bank.
    expect(walk.distance).toBeCloseTo(4 * 8 + 200 + BUMP, 3);
    // The same as the best chained walk worked out by hand: through each attachment of B in turn.
    const chained = attachmentsOf(b).map((t) => {
      const at = atAttachment(b, t.node);
      return ok(route(graph, a, at, 'shortest')).distance + ok(route(graph, at, c, 'shortest')).distance;
    });
    expect(walk.distance).toBeCloseTo(Math.min(...chained), 6);
    expect(walk.legs.flatMap((l) => l.edges).some((e) => graph.edgeInfo[e]?.kind === 'bridge')).toBe(false);
  });

  test('a loop comes back to the attachment it started from', () => {
    const { graph, anchors } = twoBanks();
    const walk = planned(graph, anchors, true);
    expectChained(walk);
    // Out along one bank and back along it (a bridge is 100 m beyond C): its bump walked twice.
    expect(walk.distance).toBeCloseTo(6 * 8 + 400 + 2 * BUMP, 3);
  });

  test('route() from one attachment leaves from it', () => {
    const { graph, anchors } = twoBanks();
    const [, b, c] = anchors as [Anchor, Anchor, Anchor];
    for (const t of attachmentsOf(b)) {
      const leg = ok(route(graph, atAttachment(b, t.node), c, 'shortest'));
      expect(leg.leftFrom).toBe(t.node);
      expect(leg.geometry[1]).toEqual([graph.lng[t.node], graph.lat[t.node]]);
    }
  });

  test('a site on a bridge is still crossed, over the bridge', () => {
    // South street → south bank → bridge at x = 200 (the site at its middle) → north bank → north street.
    const { graph, anchors } = buildGraph(
      collection(
        line([[0, -8], [100, -8], [200, -8], [400, -8]], { id: 'south-bank' }),
        line([[0, 8], [200, 8], [300, 8], [400, 8]], { id: 'north-bank' }),
        line([[200, -8], [200, 8]], { id: 'bridge', kind: 'bridge' }),
        line([[100, -8], [100, -60]], { id: 'south-street' }),
        line([[300, 8], [300, 60]], { id: 'north-street' }),
      ),
      { attach: [{ id: 'a', point: at(100, -60) }, { id: 'bridge-site', point: at(200, 0) }, { id: 'c', point: at(300, 60) }] },
    );
    expect(attachmentsOf(anchors[1]!).map((t) => Math.round(t.access))).toEqual([0, 8, 8]);
    const walk = planned(graph, anchors);
    expectChained(walk);
    // Up the bridge to its middle, where the site is, and on over it: no access leg at the site.
    expect(walk.distance).toBeCloseTo(2 * (52 + 100 + 8), 3);
    const middle = walk.legs[0]!.arrivedAt!;
    expect(graph.lat[middle]).toBeCloseTo(at(200, 0)[1], 9);
    for (const l of walk.legs) expect(l.edges.some((e) => graph.edgeInfo[e]?.kind === 'bridge')).toBe(true);
  });
});
