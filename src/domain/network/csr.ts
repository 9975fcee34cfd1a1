/**
 * Packs nodes and edges into the `Graph` typed arrays: edge lengths, the compressed-sparse-row
 * adjacency and the connected components.
 */
import { lineLength } from './distance';
import type { RawEdge } from './noding';
import type { Graph } from './types';

function components(nodeCount: number, edgeFrom: Int32Array, edgeTo: Int32Array): { component: Int32Array; sizes: number[] } {
  const parent = new Int32Array(nodeCount);
  for (let n = 0; n < nodeCount; n++) parent[n] = n;
  const root = (n: number): number => {
    while (parent[n] !== n) n = parent[n] = parent[parent[n] as number] as number;
    return n;
  };
  for (let e = 0; e < edgeFrom.length; e++) parent[root(edgeFrom[e] as number)] = root(edgeTo[e] as number);
  const idOfRoot = new Int32Array(nodeCount).fill(-1);
  const component = new Int32Array(nodeCount);
  const sizes: number[] = [];
  for (let n = 0; n < nodeCount; n++) {
    const r = root(n);
    if (idOfRoot[r] === -1) {
      idOfRoot[r] = sizes.length;
      sizes.push(0);
    }
    const c = idOfRoot[r] as number;
    component[n] = c;
    sizes[c] = (sizes[c] as number) + 1;
  }
  return { component, sizes };
}

/**
 * The graph of the given nodes and edges (edge ids follow the array order).
 * @example packGraph([98.99, 98.99], [18.78, 18.781], [{ from: 0, to: 1, geometry, info }]).edgeLength // [111.2]
 */
export function packGraph(lng: readonly number[], lat: readonly number[], edges: readonly RawEdge[]): Graph {
  const nodeCount = lng.length;
  const edgeCount = edges.length;
  const edgeFrom = new Int32Array(edgeCount);
  const edgeTo = new Int32Array(edgeCount);
  const edgeLength = new Float64Array(edgeCount);
  const adjStart = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    const { from, to, geometry } = edges[e] as RawEdge;
    edgeFrom[e] = from;
    edgeTo[e] = to;
    edgeLength[e] = lineLength(geometry);
    adjStart[from + 1] = (adjStart[from + 1] as number) + 1;
    adjStart[to + 1] = (adjStart[to + 1] as number) + 1;
  }
  for (let n = 0; n < nodeCount; n++) adjStart[n + 1] = (adjStart[n + 1] as number) + (adjStart[n] as number);
  const fill = adjStart.slice(0, nodeCount);
  const adjNode = new Int32Array(2 * edgeCount);
  const adjEdge = new Int32Array(2 * edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const a = edgeFrom[e] as number;
    const b = edgeTo[e] as number;
    const ha = fill[a] as number;
    fill[a] = ha + 1;
    adjNode[ha] = b;
    adjEdge[ha] = e;
    const hb = fill[b] as number;
    fill[b] = hb + 1;
    adjNode[hb] = a;
    adjEdge[hb] = e;
  }
  const { component, sizes } = components(nodeCount, edgeFrom, edgeTo);
  return {
    nodeCount,
    edgeCount,
    lng: Float64Array.from(lng),
    lat: Float64Array.from(lat),
    adjStart,
    adjNode,
    adjEdge,
    edgeFrom,
    edgeTo,
    edgeLength,
    edgeGeometry: Object.freeze(edges.map((e) => e.geometry)),
    edgeInfo: Object.freeze(edges.map((e) => e.info)),
    component,
    componentSizes: Object.freeze(sizes),
  };
}
