import distance from '@turf/distance';
import { describe, expect, test } from 'vitest';
import { haversine, lineLength } from '../../../src/domain/network/distance';
import { buildGraph } from '../../../src/domain/network/graph';
import type { LngLat } from '../../../src/domain/types';
import { at, collection, line, multiLine } from './net';

const nodesOf = (g: ReturnType<typeof buildGraph>['graph']) =>
  Array.from(g.lng, (lng, i) => [lng, g.lat[i] as number] as LngLat);

describe('distance', () => {
  test('haversine agrees with @turf/distance to the millimetre', () => {
    const pairs: [LngLat, LngLat][] = [
      [at(0, 0), at(100, 0)],
      [at(0, 0), at(-3000, 4000)],
      [[98.95, 18.76], [99.03, 18.82]],
    ];
    for (const [a, b] of pairs) {
      expect(haversine(a[0], a[1], b[0], b[1])).toBeCloseTo(distance([...a], [...b], { units: 'meters' }), 3);
    }
  });

  test('a line is as long as its segments', () => {
    expect(lineLength([at(0, 0), at(30, 0), at(30, 40)])).toBeCloseTo(70, 1);
  });
});

describe('buildGraph: noding', () => {
  test('two lines crossing at a shared vertex make 5 nodes and 4 edges', () => {
    const { graph } = buildGraph(collection(line([[-50, 0], [0, 0], [50, 0]]), line([[0, -50], [0, 0], [0, 50]])));
    expect([graph.nodeCount, graph.edgeCount]).toEqual([5, 4]);
    const centre = nodesOf(graph).findIndex((p) => haversine(p[0], p[1], ...at(0, 0)) < 0.01);
    expect((graph.adjStart[centre + 1] as number) - (graph.adjStart[centre] as number)).toBe(4);
  });

  test('lines crossing without a shared vertex stay apart (a bridge over a street)', () => {
    const { graph, stats } = buildGraph(collection(line([[-50, 0], [50, 0]]), line([[0, -50], [0, 50]])));
    expect([graph.nodeCount, graph.edgeCount, stats.components]).toEqual([4, 2, 2]);
  });

  test('an interior vertex used by one line stays in the edge geometry', () => {
    const { graph } = buildGraph(collection(line([[0, 0], [10, 5], [20, 0], [30, 5]])));
    expect([graph.nodeCount, graph.edgeCount]).toEqual([2, 1]);
    expect(graph.edgeGeometry[0]).toHaveLength(4);
  });

  test('vertices within a centimetre are the same node', () => {
    const { graph } = buildGraph(collection(line([[0, 0], [50, 0]]), line([[50.001, 0], [50, 50]])));
    expect(graph.nodeCount).toBe(3);
  });

  test('a MultiLineString is noded part by part', () => {
    const { graph, stats } = buildGraph(collection(multiLine([[[0, 0], [50, 0]], [[50, 0], [50, 50]], [[200, 0], [250, 0]]])));
    expect([graph.nodeCount, graph.edgeCount, stats.components]).toEqual([5, 3, 2]);
  });

  test('edge lengths are haversine metres and add up in the stats', () => {
    const { graph, stats } = buildGraph(collection(line([[0, 0], [30, 0], [30, 40]])));
    expect(graph.edgeLength[0]).toBeCloseTo(70, 1);
    expect(stats.length).toBeCloseTo(70, 1);
  });

  test('components number the nodes and count them', () => {
    const { graph } = buildGraph(collection(line([[0, 0], [50, 0]]), line([[50, 0], [100, 0]]), line([[0, 500], [50, 500]])));
    expect(Array.from(graph.component)).toEqual([0, 0, 0, 1, 1]);
    expect(graph.componentSizes).toEqual([3, 2]);
  });

  test('features that are not lines are skipped and counted', () => {
    const point = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [99, 18.8] }, properties: {} };
    const { stats } = buildGraph(collection(line([[0, 0], [50, 0]]), point));
    expect([stats.edges, stats.skipped]).toEqual([1, 1]);
  });

  test('an empty collection is an empty graph', () => {
    expect(buildGraph(collection()).stats).toMatchObject({ nodes: 0, edges: 0, components: 0 });
  });
});

describe('buildGraph: edge attributes', () => {
  test('PathProperties are kept as they are', () => {
    const props = { id: 'east-bank', kind: 'promenade', stepFree: true, shade: 'some', lit: true, beside: { waterway: 'mae-kha', bank: 'east' } };
    const { graph } = buildGraph(collection(line([[0, 0], [50, 0]], props)));
    expect(graph.edgeInfo[0]).toEqual({ featureId: 'east-bank', kind: 'promenade', stepFree: true, shade: 'some', lit: true, beside: props.beside });
  });

  test('OpenStreetMap tags get defaults: steps, footways, streets, lighting and names', () => {
    const osm = (tags: Record<string, string>) => ({ type: 'Feature' as const, geometry: line([[0, 0], [50, 0]]).geometry, properties: tags });
    const { graph } = buildGraph(
      collection(
        osm({ highway: 'steps' }),
        osm({ highway: 'footway', lit: 'yes', 'name:th': 'ซอย 1', 'name:en': 'Soi 1' }),
        osm({ highway: 'residential', name: 'Ratchadamnoen' }),
      ),
    );
    expect(graph.edgeInfo.map((i) => [i.featureId, i.kind, i.stepFree, i.shade, i.lit])).toEqual([
      ['import-0', 'steps', false, 'none', false],
      ['import-1', 'path', true, 'none', true],
      ['import-2', 'street', true, 'none', false],
    ]);
    expect(graph.edgeInfo[1]?.name).toEqual({ th: 'ซอย 1', en: 'Soi 1' });
    expect(graph.edgeInfo[2]?.name).toEqual({ th: 'Ratchadamnoen', en: 'Ratchadamnoen' });
  });
});
