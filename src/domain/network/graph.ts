/**
 * Builds the routable `Graph` from any GeoJSON line collection: the project's `data/network.geojson`
 * or an imported OpenStreetMap export. Optionally attaches points (sites) by splitting edges.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { meters, type Meters } from '../types';
import { packGraph } from './csr';
import { nodeLines } from './noding';
import { attachPoints, type AttachRequest } from './split';
import type { Anchor, Graph, SnapFailure } from './types';

/** How far (metres) a point may be from the network and still be attached. */
export const DEFAULT_MAX_SNAP = meters(250);

export type BuildOptions = { attach?: readonly AttachRequest[]; maxSnap?: Meters };

export type GraphStats = {
  nodes: number;
  edges: number;
  /** Total length of all edges. */
  length: Meters;
  components: number;
  /** Node count of the largest component. */
  largestComponent: number;
  /** Input features or parts that were not usable lines. */
  skipped: number;
};

export type BuiltGraph = { graph: Graph; anchors: Anchor[]; failures: SnapFailure[]; stats: GraphStats };

/**
 * Summary figures of a graph.
 * @example graphStats(graph).components // 1
 */
export function graphStats(graph: Graph, skipped = 0): GraphStats {
  let length = 0;
  for (let e = 0; e < graph.edgeCount; e++) length += graph.edgeLength[e] as number;
  return {
    nodes: graph.nodeCount,
    edges: graph.edgeCount,
    length: meters(length),
    components: graph.componentSizes.length,
    largestComponent: Math.max(0, ...graph.componentSizes),
    skipped,
  };
}

/**
 * The walking network of a line collection. Nodes at line ends and at vertices shared by two or
 * more lines (equal after rounding to 1e-7°); each `attach` point within `maxSnap` metres is
 * attached at its projection onto the nearest edge and onto every other edge within
 * `ATTACH_TOLERANCE` metres of that (up to `MAX_ATTACHMENTS`; each edge split there), else
 * reported in `failures`. The anchor's `node` is the nearest attachment, `attachments` all of them.
 * @example
 * const { graph, anchors } = buildGraph(paths, { attach: [{ id: 'warorot', point: [99.0, 18.79] }] });
 * route(graph, anchors[0], anchors[1], 'shortest');
 */
export function buildGraph(input: FeatureCollection | readonly Feature[], options: BuildOptions = {}): BuiltGraph {
  const maxSnap = options.maxSnap ?? DEFAULT_MAX_SNAP;
  if (!(maxSnap >= 0)) throw new RangeError(`buildGraph: maxSnap must be a non-negative number of metres, got ${maxSnap}`);
  let noded = nodeLines(input);
  let anchors: Anchor[] = [];
  let failures: SnapFailure[] = [];
  if (options.attach?.length) ({ noded, anchors, failures } = attachPoints(noded, options.attach, maxSnap));
  const graph = packGraph(noded.lng, noded.lat, noded.edges);
  return { graph, anchors, failures, stats: graphStats(graph, noded.skipped) };
}

export { ATTACH_SPACING, ATTACH_TOLERANCE, MAX_ATTACHMENTS, type AttachRequest } from './split';
