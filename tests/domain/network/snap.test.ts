import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../../src/domain/network/graph';
import { snapPoint } from '../../../src/domain/network/place';
import { route } from '../../../src/domain/network/route';
import type { Leg, VirtualAnchor } from '../../../src/domain/network/types';
import { meters } from '../../../src/domain/types';
import { at, collection, line } from './net';

const street = collection(line([[0, 0], [100, 0], [200, 0]], { id: 'street' }));

describe('buildGraph: attaching points', () => {
  test('a point beside an edge splits it at the projection', () => {
    const { graph, anchors, failures } = buildGraph(street, { attach: [{ id: 'temple', point: at(50, 20) }] });
    expect(failures).toEqual([]);
    expect([graph.nodeCount, graph.edgeCount]).toEqual([3, 2]);
    const anchor = anchors[0];
    expect(anchor?.access).toBeCloseTo(20, 1);
    expect(graph.lng[anchor?.node ?? -1]).toBeCloseTo(at(50, 0)[0], 9);
    expect(Array.from(graph.edgeLength).sort((a, b) => a - b)).toEqual([expect.closeTo(50, 1), expect.closeTo(150, 1)]);
  });

  test('the split edges keep the interior vertices on their side', () => {
    const { graph } = buildGraph(street, { attach: [{ id: 'shop', point: at(150, -5) }] });
    const lengths = graph.edgeGeometry.map((g) => g.length).sort();
    expect(lengths).toEqual([2, 3]);
  });

  test('a point nearest an end node attaches there without splitting', () => {
    const { graph, anchors } = buildGraph(street, { attach: [{ id: 'gate', point: at(-30, 0) }] });
    expect(graph.edgeCount).toBe(1);
    expect(anchors[0]?.node).toBe(graph.edgeFrom[0]);
    expect(anchors[0]?.access).toBeCloseTo(30, 1);
  });

  test('two points on one edge split it twice, in order along it', () => {
    const { graph, anchors } = buildGraph(street, {
      attach: [
        { id: 'far', point: at(170, 10) },
        { id: 'near', point: at(30, 10) },
      ],
    });
    expect(graph.edgeCount).toBe(3);
    const leg = route(graph, anchors[1]!, anchors[0]!, 'shortest') as Leg;
    expect(leg.distance).toBeCloseTo(10 + 140 + 10, 0);
  });

  test('two points at the same place share one node', () => {
    const { graph, anchors } = buildGraph(street, { attach: [{ id: 'a', point: at(50, 5) }, { id: 'b', point: at(50, -5) }] });
    expect(graph.nodeCount).toBe(3);
    expect(anchors[0]?.node).toBe(anchors[1]?.node);
  });

  test('a point beyond maxSnap is a failure naming its distance and the limit', () => {
    const { anchors, failures } = buildGraph(street, { attach: [{ id: 'far', point: at(50, 300) }], maxSnap: meters(100) });
    expect(anchors).toEqual([]);
    expect(failures).toEqual([{ id: 'far', reason: 'too-far', distance: expect.closeTo(300, 0), limit: 100 }]);
  });

  test('with no network at all the failure says so', () => {
    expect(buildGraph(collection(), { attach: [{ id: 'x', point: at(0, 0) }] }).failures).toEqual([{ id: 'x', reason: 'no-network' }]);
  });
});

describe('snapPoint: attaching without rebuilding', () => {
  const { graph } = buildGraph(street);

  test('describes the edge and the distances to both ends', () => {
    const v = snapPoint(graph, at(130, 12), meters(50), { id: 'here' }) as VirtualAnchor;
    expect(v).toMatchObject({ id: 'here', edge: 0, segment: 1 });
    expect(v.fromDist).toBeCloseTo(130, 1);
    expect(v.toDist).toBeCloseTo(70, 1);
    expect(v.access).toBeCloseTo(12, 1);
  });

  test('reports a point too far away', () => {
    expect(snapPoint(graph, at(100, 80), meters(50))).toMatchObject({ id: 'point', reason: 'too-far', limit: 50 });
  });

  test('a walk between two snapped points on one edge goes straight along it', () => {
    const a = snapPoint(graph, at(20, 5), meters(50), { id: 'a' }) as VirtualAnchor;
    const b = snapPoint(graph, at(160, -5), meters(50), { id: 'b' }) as VirtualAnchor;
    const leg = route(graph, a, b, 'shortest') as Leg;
    expect(leg.edges).toEqual([0]);
    expect(leg.walked?.[0]).toBeCloseTo(140, 1);
    expect(leg.distance).toBeCloseTo(5 + 140 + 5, 1);
    expect(leg.geometry).toHaveLength(5);
  });

  test('walking back along the edge is marked reversed', () => {
    const a = snapPoint(graph, at(160, 0), meters(50)) as VirtualAnchor;
    const b = snapPoint(graph, at(20, 0), meters(50)) as VirtualAnchor;
    expect((route(graph, a, b, 'shortest') as Leg).reversed).toEqual([true]);
  });

  test('with a profile, skips edges that profile may not use', () => {
    const { graph: g } = buildGraph(collection(line([[0, 0], [100, 0]], { kind: 'steps', stepFree: false }), line([[0, 30], [100, 30]])));
    const v = snapPoint(g, at(50, 10), meters(50), { profile: 'step-free' }) as VirtualAnchor;
    expect(g.edgeInfo[v.edge]?.kind).toBe('path');
  });
});
