/**
 * A graph in a form a worker can hand to the page without copying: typed arrays (transferred),
 * the edge lines as one flat array of coordinates, and each distinct `EdgeInfo` once. The page
 * rebuilds the `Graph` in a few milliseconds instead of noding the network itself.
 */
import type { LngLat } from '../types';
import type { EdgeInfo, Graph } from './types';

export type GraphTransfer = Omit<Graph, 'edgeGeometry' | 'edgeInfo'> & {
  /** Edge e's points are coordinates geometryStart[e] .. geometryStart[e+1]-1 of `geometry` (x, y pairs). */
  geometryStart: Int32Array;
  geometry: Float64Array;
  /** Each distinct edge info once, and which one each edge has. */
  infos: EdgeInfo[];
  infoOf: Int32Array;
};

/**
 * The graph as plain data plus the buffers to transfer with `postMessage`. The graph's own
 * typed arrays are copied, so the caller's graph stays usable.
 * @example const { value, transfer } = graphToTransfer(graph); postMessage(value, transfer);
 */
export function graphToTransfer(graph: Graph): { value: GraphTransfer; transfer: ArrayBuffer[] } {
  const geometryStart = new Int32Array(graph.edgeCount + 1);
  for (let e = 0; e < graph.edgeCount; e++) geometryStart[e + 1] = (geometryStart[e] as number) + (graph.edgeGeometry[e] as readonly LngLat[]).length;
  const geometry = new Float64Array(2 * (geometryStart[graph.edgeCount] as number));
  let k = 0;
  for (const line of graph.edgeGeometry) {
    for (const [lng, lat] of line) {
      geometry[k++] = lng;
      geometry[k++] = lat;
    }
  }
  const index = new Map<EdgeInfo, number>();
  const infos: EdgeInfo[] = [];
  const infoOf = new Int32Array(graph.edgeCount);
  graph.edgeInfo.forEach((info, e) => {
    let i = index.get(info);
    if (i === undefined) {
      i = infos.length;
      index.set(info, i);
      infos.push(info);
    }
    infoOf[e] = i;
  });
  const value: GraphTransfer = {
    nodeCount: graph.nodeCount,
    edgeCount: graph.edgeCount,
    lng: graph.lng.slice(),
    lat: graph.lat.slice(),
    adjStart: graph.adjStart.slice(),
    adjNode: graph.adjNode.slice(),
    adjEdge: graph.adjEdge.slice(),
    edgeFrom: graph.edgeFrom.slice(),
    edgeTo: graph.edgeTo.slice(),
    edgeLength: graph.edgeLength.slice(),
    component: graph.component.slice(),
    componentSizes: [...graph.componentSizes],
    geometryStart,
    geometry,
    infos,
    infoOf,
  };
  const buffers = [value.lng, value.lat, value.adjStart, value.adjNode, value.adjEdge, value.edgeFrom, value.edgeTo, value.edgeLength, value.component, geometryStart, geometry, infoOf];
  return { value, transfer: buffers.map((b) => b.buffer as ArrayBuffer) };
}

/**
 * The graph again, from what `graphToTransfer` gave (its arrays are used as they are).
 * @example const graph = graphFromTransfer(event.data.graph);
 */
export function graphFromTransfer(t: GraphTransfer): Graph {
  const edgeGeometry: LngLat[][] = new Array(t.edgeCount);
  const edgeInfo: EdgeInfo[] = new Array(t.edgeCount);
  for (let e = 0; e < t.edgeCount; e++) {
    const line: LngLat[] = [];
    for (let i = t.geometryStart[e] as number; i < (t.geometryStart[e + 1] as number); i++) line.push([t.geometry[2 * i] as number, t.geometry[2 * i + 1] as number]);
    edgeGeometry[e] = line;
    const info = t.infos[t.infoOf[e] as number];
    if (!info) throw new RangeError(`graphFromTransfer: edge ${e} names info ${t.infoOf[e]} of ${t.infos.length}`);
    edgeInfo[e] = info;
  }
  return {
    nodeCount: t.nodeCount,
    edgeCount: t.edgeCount,
    lng: t.lng,
    lat: t.lat,
    adjStart: t.adjStart,
    adjNode: t.adjNode,
    adjEdge: t.adjEdge,
    edgeFrom: t.edgeFrom,
    edgeTo: t.edgeTo,
    edgeLength: t.edgeLength,
    edgeGeometry: Object.freeze(edgeGeometry),
    edgeInfo: Object.freeze(edgeInfo),
    component: t.component,
    componentSizes: Object.freeze([...t.componentSizes]),
  };
}
