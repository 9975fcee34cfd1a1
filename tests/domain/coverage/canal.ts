/**
 * Hand-made canals for the coverage tests, in metres east (x) and north (y) of a point in Chiang
 * Mai (the routing tests' `at`), so covered lengths can be worked out on paper.
 */
import type { Feature } from 'geojson';
import { buildGraph } from '../../../src/domain/network/graph';
import type { Anchor, Graph } from '../../../src/domain/network/types';
import type { SampledLine } from '../../../src/domain/coverage/sample';
import { at, collection, line } from '../network/net';

/** A waterway line through points given in metres. */
export const canal = (id: string, points: readonly (readonly [number, number])[]): SampledLine => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: points.map(([x, y]) => [...at(x, y)]) },
  properties: { id },
});

/** The 1 km straight canal along y = 0. */
export const straightCanal = canal('canal', [
  [0, 0],
  [1000, 0],
]);

/** A network of the given lines with sites attached at the given points (metres). */
export function network(lines: readonly Feature[], sites: Record<string, readonly [number, number]> = {}): { graph: Graph; anchors: Anchor[] } {
  const { graph, anchors } = buildGraph(collection(...lines), {
    attach: Object.entries(sites).map(([id, [x, y]]) => ({ id, point: at(x, y) })),
  });
  return { graph, anchors };
}

/** The path 5 m north of the canal, along its whole length. */
export const bankPath = line([
  [0, 5],
  [1000, 5],
]);

export { at, line };
