import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { importNetworkGeojson, networkFor, networkFromGeojson, type NetworkImported } from '../../../src/domain/import/geojson-network';
import type { ImportFailed } from '../../../src/domain/import/types';
import { buildGraph } from '../../../src/domain/network/graph';
import { readImportFixture } from '../../fixtures/import/read';

function ok(r: NetworkImported | ImportFailed): NetworkImported {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.key}`);
  return r;
}
const line = (coordinates: unknown, properties: Record<string, unknown> = { highway: 'footway' }) => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates },
  properties,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const firstIssue = (coordinates: unknown) => ok(networkFromGeojson(collection(line(coordinates)))).issues[0];

describe('importNetworkGeojson: an OpenStreetMap export', () => {
  const text = readImportFixture('osm-footways.geojson');
  const r = ok(importNetworkGeojson(text));

  it('keeps the lines, counts them by kind and measures them', () => {
    expect(r.counts).toEqual({ features: 6, kept: 4, skipped: 2, byKind: { promenade: 0, street: 1, path: 1, bridge: 1, steps: 1 } });
    expect(r.length).toBeCloseTo(482.6, 1);
    expect(r.bbox).toEqual([98.99, 18.78, 98.993, 18.781]);
  });

  it('names the bad feature, the point and the self-overlapping part', () => {
    expect(r.issues.map((i) => [i.feature, i.part, i.key])).toEqual([
      [3, 1, 'import.issue.selfOverlap'],
      [4, undefined, 'import.issue.tooFewPositions'],
      [5, undefined, 'import.issue.notLine'],
    ]);
  });

  it('returns lines buildGraph takes as they are, with OSM tags as edge info', () => {
    const { graph, stats } = buildGraph(r.network);
    expect(stats).toMatchObject({ components: 1, skipped: 0 });
    expect(stats.length).toBeCloseTo(r.length, 6);
    expect(new Set(graph.edgeInfo.map((e) => e.kind))).toEqual(new Set(['path', 'bridge', 'steps', 'street']));
    expect(graph.edgeInfo.find((e) => e.kind === 'bridge')?.name).toEqual({ th: 'สะพาน', en: 'Canal bridge' });
  });

  it('does not modify its input', () => {
    const parsed = JSON.parse(text) as unknown;
    const copy = structuredClone(parsed);
    networkFromGeojson(parsed);
    expect(parsed).toEqual(copy);
  });
});

describe('networkFromGeojson: one line at a time', () => {
  it.each([
    [[[98.99, 18.78]], 'import.issue.tooFewPositions'],
    [[[98.99, 18.78], [98.99, 18.78]], 'import.issue.zeroLength'],
    [[[98.99, 18.78], ['98.99', 18.79]], 'import.issue.badPosition'],
    [[[98.99, 18.78], [98.99, null]], 'import.issue.badPosition'],
    [[[498000, 2078000], [498100, 2078000]], 'import.issue.utm'],
    [[[18.78, 98.99], [18.79, 98.99]], 'import.issue.swapped'],
    [[[139.69, 35.68], [139.7, 35.68]], 'import.issue.outsideThailand'],
    [[[100.5, 13.75], [100.51, 13.75]], 'import.issue.outsideStudyArea'],
    [[[98.99, 18.78], [98.991, 18.78], [98.99, 18.78]], 'import.issue.selfOverlap'],
    ['not an array', 'import.issue.badCoordinates'],
  ])('%j → %s', (coordinates, key) => {
    expect(firstIssue(coordinates)?.key).toBe(key);
  });

  it('counts positions from 1 in its messages', () => {
    expect(firstIssue([[98.99, 18.78], [98.991, 18.78], [98.99, 18.78]])?.values).toEqual({ position: 3 });
    expect(firstIssue([[98.99, 18.78], [98.99]])?.values).toEqual({ position: 2, value: '[98.99]' });
  });

  it('keeps a closed loop and drops repeated positions', () => {
    const loop = [[98.99, 18.78], [98.991, 18.78], [98.991, 18.78], [98.991, 18.781], [98.99, 18.78]];
    const r = ok(networkFromGeojson(collection(line(loop))));
    expect(r.issues).toEqual([]);
    expect(r.network.features[0]!.geometry.coordinates).toHaveLength(4);
  });

  it('keeps a line that leaves the study area part-way', () => {
    const r = ok(networkFromGeojson(collection(line([[99.05, 18.8], [99.2, 18.8]]))));
    expect(r.counts.kept).toBe(1);
  });

  it('takes a bare LineString geometry', () => {
    expect(ok(networkFromGeojson({ type: 'LineString', coordinates: [[98.99, 18.78], [98.991, 18.78]] })).counts.kept).toBe(1);
  });
});

describe('networkFor', () => {
  const builtIn: FeatureCollection = { type: 'FeatureCollection', features: [line([[98.98, 18.78], [98.99, 18.78]]) as never] };
  const imported = ok(networkFromGeojson(collection(line([[98.99, 18.78], [98.99, 18.79]])))).network;

  it('replace: the imported lines alone', () => {
    expect(networkFor(builtIn, imported, 'replace')).toBe(imported);
  });

  it('extend: built-in paths then imported lines, joined where they share a position', () => {
    const both = networkFor(builtIn, imported, 'extend');
    expect(both.features).toEqual([...builtIn.features, ...imported.features]);
    expect(buildGraph(both).stats).toMatchObject({ nodes: 3, edges: 2, components: 1 });
  });
});

describe('lines not for walking', () => {
  const A = [[98.99, 18.78], [98.991, 18.78]];
  it('names a motorway, a way closed to people on foot and a private one, and leaves them out; a private way open to walkers stays', () => {
    const r = ok(
      networkFromGeojson(
        collection(
          line(A, { highway: 'motorway', name: 'Superhighway' }),
          line(A, { highway: 'residential', foot: 'no' }),
          line(A, { highway: 'service', access: 'private' }),
          line(A, { highway: 'service', access: 'private', foot: 'yes' }),
          line(A, { highway: 'residential' }),
          line(A, {}),
        ),
      ),
    );
    expect(r.issues.map((i) => [i.feature, i.key, i.values])).toEqual([
      [0, 'import.issue.notWalkable', { tag: 'highway', value: 'motorway' }],
      [1, 'import.issue.notWalkable', { tag: 'foot', value: 'no' }],
      [2, 'import.issue.notWalkable', { tag: 'access', value: 'private' }],
    ]);
    expect(r.counts).toMatchObject({ features: 6, kept: 3, skipped: 3 });
    expect(buildGraph(r.network).stats.edges).toBeGreaterThan(0);
  });
});

describe('networkFromGeojson: only the properties the router reads are kept', () => {
  it('drops a 100,000-deep property, and keeps the name, the kind and the bank', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 100_000; i++) deep = (deep.next = {}) as Record<string, unknown>;
    const props = { highway: 'footway', name: { th: 'ทางเดิน', en: 'Walkway' }, beside: { waterway: 'mae-kha', bank: 'east' }, note: root, wheelchair: 'no' };
    const out = ok(networkFromGeojson(collection(line([[98.99, 18.78], [98.991, 18.78]], props))));
    expect(out.network.features[0]!.properties).toEqual({ highway: 'footway', name: { th: 'ทางเดิน', en: 'Walkway' }, beside: { waterway: 'mae-kha', bank: 'east' }, wheelchair: 'no' });
    // What reaches the worker can be copied and built without running out of stack.
    expect(() => buildGraph(structuredClone(out.network))).not.toThrow();
  });
});
