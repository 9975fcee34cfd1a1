/**
 * How an imported network would meet the built-in paths when it extends them: lines join only at
 * positions they share exactly (see `networkFor`), so an extension drawn beside a street without
 * reusing its vertices stays apart, and its sites reach nothing else. Said before it is used.
 */
import type { FeatureCollection } from 'geojson';
import { buildGraph } from '../network/graph';
import type { Graph } from '../network/types';
import { gridOf } from '../network/vertex-table';
import { meters, type Meters } from '../types';

export type Joins = {
  /** Connected parts of the imported lines on their own. */
  parts: number;
  /** Parts that share at least one position with the built-in paths. */
  joined: number;
  /** Metres of line in the parts that do not. */
  apart: Meters;
};

const key = (lng: number, lat: number) => `${gridOf(lng)},${gridOf(lat)}`;

/** @example networkJoins(imported.network, builtInGraph) // { parts: 3, joined: 2, apart: 180 } */
export function networkJoins(imported: FeatureCollection, builtIn: Graph): Joins {
  const shared = new Set<string>();
  for (const line of builtIn.edgeGeometry) for (const [lng, lat] of line) shared.add(key(lng, lat));
  const { graph } = buildGraph(imported);
  const joined = new Set<number>();
  for (let e = 0; e < graph.edgeCount; e++) {
    const part = graph.component[graph.edgeFrom[e]!]!;
    if (!joined.has(part) && graph.edgeGeometry[e]!.some(([lng, lat]) => shared.has(key(lng, lat)))) joined.add(part);
  }
  let apart = 0;
  for (let e = 0; e < graph.edgeCount; e++) if (!joined.has(graph.component[graph.edgeFrom[e]!]!)) apart += graph.edgeLength[e]!;
  return { parts: graph.componentSizes.length, joined: joined.size, apart: meters(apart) };
}
