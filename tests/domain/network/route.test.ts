import { describe, expect, test } from 'vitest';
import { haversine } from '../../../src/domain/network/distance';
import { buildGraph } from '../../../src/domain/network/graph';
import { snapPoint } from '../../../src/domain/network/place';
import { multiSourceDistances, route } from '../../../src/domain/network/route';
import type { Anchor, Graph, Leg, VirtualAnchor } from '../../../src/domain/network/types';
import { CANAL_FACTORS, edgeFactor, SHADE_FACTORS } from '../../../src/domain/network/weights';
import { meters } from '../../../src/domain/types';
import { at, collection, line } from './net';

/** The anchor at the node nearest (x, y), with no access leg. */
function nodeAt(graph: Graph, x: number, y: number, id = `${x},${y}`): Anchor {
  const p = at(x, y);
  let best = 0;
  for (let n = 1; n < graph.nodeCount; n++) {
    const d = (i: number) => haversine(graph.lng[i] as number, graph.lat[i] as number, p[0], p[1]);
    if (d(n) < d(best)) best = n;
  }
  return { id, point: [graph.lng[best] as number, graph.lat[best] as number], node: best, access: meters(0) };
}
const featuresOf = (graph: Graph, leg: Leg) => leg.edges.map((e) => graph.edgeInfo[e]?.featureId);
const ok = (leg: ReturnType<typeof route>): Leg => {
  if ('reason' in leg) throw new Error(`expected a leg, got ${leg.reason}`);
  return leg;
};

// A 100 m square A(0,0) B(100,0) C(100,100) D(0,100) with the diagonal A–C; a dead end B–E; an island.
const square = (diagonal: Record<string, unknown> = {}) =>
  buildGraph(
    collection(
      line([[0, 0], [100, 0]], { id: 'ab' }),
      line([[100, 0], [100, 100]], { id: 'bc' }),
      line([[100, 100], [0, 100]], { id: 'cd' }),
      line([[0, 100], [0, 0]], { id: 'da' }),
      line([[0, 0], [100, 100]], { id: 'ac', ...diagonal }),
      line([[100, 0], [180, 0]], { id: 'be' }),
      line([[500, 500], [600, 500]], { id: 'island' }),
    ),
  ).graph;

describe('route: a square with a diagonal', () => {
  const graph = square();

  test('the shortest way from A to C is the diagonal', () => {
    const leg = ok(route(graph, nodeAt(graph, 0, 0), nodeAt(graph, 100, 100), 'shortest'));
    expect(featuresOf(graph, leg)).toEqual(['ac']);
    expect(leg.distance).toBeCloseTo(141.42, 0);
  });

  test('into a dead end and out again', () => {
    const leg = ok(route(graph, nodeAt(graph, 0, 0), nodeAt(graph, 180, 0), 'shortest'));
    expect(featuresOf(graph, leg)).toEqual(['ab', 'be']);
    expect(leg.reversed).toEqual([false, false]);
    expect(leg.distance).toBeCloseTo(180, 0);
  });

  test('the line runs from the start to the end through the edges in travel order', () => {
    const leg = ok(route(graph, nodeAt(graph, 180, 0), nodeAt(graph, 0, 0), 'shortest'));
    expect(featuresOf(graph, leg)).toEqual(['be', 'ab']);
    expect(leg.reversed).toEqual([true, true]);
    expect(leg.geometry[0]?.[0]).toBeCloseTo(at(180, 0)[0], 9);
    expect(leg.geometry.at(-1)?.[0]).toBeCloseTo(at(0, 0)[0], 9);
    expect(leg.geometry).toHaveLength(3);
  });

  test('an island is in another component', () => {
    const leg = route(graph, nodeAt(graph, 0, 0, 'a'), nodeAt(graph, 500, 500, 'isle'), 'shortest');
    expect(leg).toEqual({ from: 'a', to: 'isle', reason: 'other-component' });
  });

  test('a stop to itself is a leg of no length', () => {
    const a = nodeAt(graph, 0, 0);
    expect(ok(route(graph, a, a, 'shortest'))).toMatchObject({ edges: [], distance: 0 });
  });

  test('access legs are part of the line and of the distance', () => {
    const { graph: g, anchors } = buildGraph(collection(line([[0, 0], [100, 0]])), {
      attach: [{ id: 'a', point: at(0, 30) }, { id: 'b', point: at(100, -40) }],
    });
    const leg = ok(route(g, anchors[0]!, anchors[1]!, 'shortest'));
    expect(leg.distance).toBeCloseTo(30 + 100 + 40, 0);
    expect(leg.geometry).toEqual([at(0, 30), expect.anything(), expect.anything(), at(100, -40)]);
  });
});

describe('route: profiles', () => {
  test('steps on the short way: step-free walks around them', () => {
    const graph = square({ kind: 'steps', stepFree: false });
    const [a, c] = [nodeAt(graph, 0, 0), nodeAt(graph, 100, 100)];
    expect(featuresOf(graph, ok(route(graph, a, c, 'shortest')))).toEqual(['ac']);
    const detour = ok(route(graph, a, c, 'step-free'));
    expect(detour.distance).toBeCloseTo(200, 0);
    expect(detour.edges.every((e) => graph.edgeInfo[e]?.kind !== 'steps')).toBe(true);
  });

  test('a place reached only by steps blocks the step-free profile', () => {
    const { graph } = buildGraph(collection(line([[0, 0], [100, 0]]), line([[100, 0], [100, 20]], { kind: 'steps', stepFree: false })));
    const leg = route(graph, nodeAt(graph, 0, 0, 'a'), nodeAt(graph, 100, 20, 'top'), 'step-free');
    expect(leg).toEqual({ from: 'a', to: 'top', reason: 'profile-blocks' });
  });

  test('shade: 160 m in shade beats 117 m in the sun; the distance stays true metres', () => {
    const { graph } = buildGraph(
      collection(
        line([[0, 0], [100, 0]], { id: 'shaded-1', shade: 'good' }),
        line([[100, 0], [100, 60]], { id: 'shaded-2', shade: 'good' }),
        line([[0, 0], [100, 60]], { id: 'sunny', shade: 'none' }),
      ),
    );
    const [a, c] = [nodeAt(graph, 0, 0), nodeAt(graph, 100, 60)];
    expect(featuresOf(graph, ok(route(graph, a, c, 'shortest')))).toEqual(['sunny']);
    const shaded = ok(route(graph, a, c, 'shade'));
    expect(featuresOf(graph, shaded)).toEqual(['shaded-1', 'shaded-2']);
    expect(shaded.distance).toBeCloseTo(160, 0);
  });

  test('canal-first: 130 m beside the canal beats 104 m of street', () => {
    const beside = { beside: { waterway: 'mae-kha', bank: 'east' } };
    const { graph } = buildGraph(
      collection(
        line([[0, 0], [100, 0]], { id: 'bank', ...beside }),
        line([[100, 0], [100, 30]], { id: 'bridge', kind: 'bridge', crosses: 'mae-kha' }),
        line([[0, 0], [100, 30]], { id: 'street', kind: 'street' }),
      ),
    );
    const [a, c] = [nodeAt(graph, 0, 0), nodeAt(graph, 100, 30)];
    expect(featuresOf(graph, ok(route(graph, a, c, 'shortest')))).toEqual(['street']);
    expect(featuresOf(graph, ok(route(graph, a, c, 'canal-first')))).toEqual(['bank', 'bridge']);
  });

  test('the documented factors', () => {
    const info = { featureId: 'x', kind: 'path', stepFree: true, shade: 'some', lit: false } as const;
    expect(SHADE_FACTORS).toEqual({ good: 1, some: 1.15, none: 1.4 });
    expect(edgeFactor(info, 'shade')).toBe(1.15);
    expect(edgeFactor(info, 'canal-first')).toBe(CANAL_FACTORS.other);
    expect(edgeFactor({ ...info, kind: 'bridge', crosses: 'mae-kha' }, 'canal-first')).toBe(1);
    expect(edgeFactor({ ...info, stepFree: false }, 'step-free')).toBe(Infinity);
  });
});

describe('route: from snapped points', () => {
  const graph = square();

  test('starts part-way along an edge and leaves by the nearer end when that is shorter', () => {
    const here = snapPoint(graph, at(90, 10), meters(50), { id: 'here' }) as VirtualAnchor;
    const leg = ok(route(graph, here, nodeAt(graph, 0, 100), 'shortest'));
    expect(leg.walked?.length).toBe(leg.edges.length);
    const sum = (leg.walked ?? []).reduce((s, w) => s + w, 0);
    expect(leg.distance).toBeCloseTo(here.access + sum, 6);
  });
});

describe('multiSourceDistances', () => {
  test('each node gets the nearest source and the true metres from it', () => {
    const { graph, anchors } = buildGraph(collection(line([[0, 0], [100, 0]]), line([[100, 0], [300, 0]])), {
      attach: [{ id: 'west', point: at(0, 10) }, { id: 'east', point: at(300, 0) }],
    });
    const d = multiSourceDistances(graph, anchors, 'shortest');
    const middle = nodeAt(graph, 100, 0).node;
    expect(d.source[middle]).toBe(0);
    expect(d.distance[middle]).toBeCloseTo(110, 0);
    expect(d.source[anchors[1]!.node]).toBe(1);
  });

  test('a limit leaves far nodes unreached', () => {
    const { graph } = buildGraph(collection(line([[0, 0], [100, 0]]), line([[100, 0], [300, 0]])));
    const d = multiSourceDistances(graph, [nodeAt(graph, 0, 0)], 'shortest', 150);
    expect(Array.from(d.source)).toEqual([0, 0, -1]);
    expect(d.distance[2]).toBe(Infinity);
  });
});
