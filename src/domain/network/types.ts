/**
 * The walking-network contract: the graph built from any GeoJSON line collection, the router's
 * profiles and its results. Pure data; the graph builder (`graph.ts`), router (`route.ts`),
 * multi-stop ordering (`order.ts`), directions (`directions.ts`) and exports (`export/`) share it.
 */
import type { Bank, Localized, PathKind, Shade } from '../schema';
import type { LngLat, Meters } from '../types';

/** What the router and the directions need to know about an edge; imported networks fill in defaults. */
export type EdgeInfo = {
  /** Id of the source feature (a path id, or `import-<n>` for an imported feature without one). */
  featureId: string;
  kind: PathKind;
  stepFree: boolean;
  shade: Shade;
  lit: boolean;
  name?: Localized;
  /** The waterway the edge runs beside; `bank` absent where no source says which. */
  beside?: { waterway: string; bank?: Bank };
  crosses?: string;
  /** Drawn from a description, not mapped (a walkway whose line is only roughly known). */
  approximate?: boolean;
};

/**
 * A routable graph in compact typed arrays (compressed sparse rows). Node ids and edge ids are
 * indices. Every undirected edge appears twice in the adjacency (once from each end).
 */
export type Graph = {
  nodeCount: number;
  edgeCount: number;
  /** Node coordinates. */
  lng: Float64Array;
  lat: Float64Array;
  /** Adjacency: the half-edges of node n are adjStart[n] .. adjStart[n+1]-1. */
  adjStart: Int32Array;
  adjNode: Int32Array;
  adjEdge: Int32Array;
  /** Per edge: both ends, length in metres, and its full geometry (from node `from` to node `to`). */
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeLength: Float64Array;
  edgeGeometry: readonly (readonly LngLat[])[];
  edgeInfo: readonly EdgeInfo[];
  /** Connected component of each node, and the node count of each component. */
  component: Int32Array;
  componentSizes: readonly number[];
};

/** One place where a point meets the network: a node, and the straight access leg to it. */
export type Attachment = { node: number; access: Meters };

/**
 * A point attached to the network. `node` and `access` are its nearest attachment; a point
 * between two paths (a site on the canal, between its banks) is attached to each of them, and
 * the router starts from or ends at whichever attachment makes the walk cheapest.
 */
export type Anchor = {
  /** Caller's id (a site id, `point`, `location`). */
  id: string;
  point: LngLat;
  node: number;
  /** Straight-line distance from the point to the network. */
  access: Meters;
  /** Every attachment, nearest first (the first is `node`, `access`); absent: `node` only. */
  attachments?: readonly Attachment[];
};

/**
 * A point attached without rebuilding the graph (a clicked point, the device location): it lies
 * part-way along `edge`, and the router starts from or ends at both of the edge's ends.
 */
export type VirtualAnchor = {
  id: string;
  point: LngLat;
  edge: number;
  /** The snapped position, and where it lies in the edge geometry: after vertex `segment`, fraction `t`. */
  at: LngLat;
  segment: number;
  t: number;
  /** Metres along the edge from `edgeFrom` to the snapped position, and from there on to `edgeTo`. */
  fromDist: Meters;
  toDist: Meters;
  /** Straight-line distance from the point to the snapped position. */
  access: Meters;
};

/** Anything the router can start from or end at. */
export type Place = Anchor | VirtualAnchor;

export type SnapFailure =
  | { id: string; reason: 'too-far'; distance: Meters; limit: Meters }
  | { id: string; reason: 'no-network' };

export const PROFILES = ['shortest', 'step-free', 'shade', 'canal-first'] as const;
export type Profile = (typeof PROFILES)[number];

/**
 * Route types the router has but the data cannot yet support: no line carries shade data, so
 * 'shade' would give the shortest route under another name. Offered disabled, with the reason.
 */
export const PROFILES_WITHOUT_DATA: readonly Profile[] = ['shade'];

/** One leg of a walk: from one stop to the next. */
export type Leg = {
  from: string;
  to: string;
  /** Edge ids in travel order, and for each whether it is walked from `edgeTo` to `edgeFrom`. */
  edges: number[];
  reversed: boolean[];
  /** The full line, access legs included. */
  geometry: LngLat[];
  /** True metres walked (access legs included), whatever the profile's weights. */
  distance: Meters;
  /**
   * The attachment node the leg leaves `from` by, and the one it reaches `to` at, when that stop is
   * an `Anchor` (absent for a `VirtualAnchor`: it lies on an edge and is left by either end). In a
   * walk (`planWalk`) each leg leaves a stop from the node the previous leg arrived at.
   */
  leftFrom?: number;
  arrivedAt?: number;
  /**
   * Metres walked on each edge (parallel to `edges`), present when the leg starts or ends part-way
   * along an edge (at a `VirtualAnchor`); absent: every edge is walked whole.
   */
  walked?: Meters[];
};

export type LegFailure = {
  from: string;
  to: string;
  reason: 'other-component' | 'profile-blocks';
};

export type Route = {
  profile: Profile;
  stops: string[];
  loop: boolean;
  legs: Leg[];
  distance: Meters;
};
