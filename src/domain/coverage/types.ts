/**
 * The coverage contract: canal samples, what the network says about each, and the per-waterway
 * summaries the UI shows (percentages, gaps, catchments, the chart series). Pure data.
 */
import type { Place, Profile, SnapFailure, VirtualAnchor } from '../network/types';
import type { LngLat, Meters } from '../types';

/** A point on a waterway, every `spacing` metres from the start of each line (the end included). */
export type Sample = {
  waterway: string;
  /** Line index within a MultiLineString (0 for a LineString). */
  part: number;
  /** Metres from the start of the line part. */
  along: Meters;
  point: LngLat;
  /** Canal metres this sample stands for: half the gap to each neighbour; they sum to the line's length. */
  weight: Meters;
};

/** Why a sample has no finite distance. */
export type UncoveredReason = 'off-network' | 'unreached';

export type SampleCoverage = {
  /** Walking metres to the nearest site (access legs at both ends included); Infinity: see `reason`. */
  distance: Meters;
  /** The profile's cost of that walk (equal to `distance` for 'shortest'). */
  cost: number;
  /** Index into the sites of the nearest one (-1: none). */
  site: number;
  covered: boolean;
  reason?: UncoveredReason;
};

export type CoverageOptions = {
  /** Walking metres within which a sample counts as covered. */
  threshold: Meters;
  profile: Profile;
  /** Samples farther than this from the network are 'off-network'. */
  maxSnap: Meters;
};

/** Where a sample meets the network, or why it does not. */
export type SampleSnap = VirtualAnchor | SnapFailure;

/** A maximal run of neighbouring samples on one line part that are all covered, or all not. */
export type Stretch = {
  waterway: string;
  part: number;
  kind: 'covered' | 'gap';
  /** Metres along the line part: from the first sample's share to the last one's. */
  from: Meters;
  to: Meters;
  length: Meters;
  /** Indices into the samples: first and last (inclusive). */
  first: number;
  last: number;
};

export type NearSite = { id: string; distance: Meters };

export type Gap = Stretch & {
  kind: 'gap';
  /** The point halfway along the gap, and the two nearest sites to it in a straight line. */
  middle: LngLat;
  nearest: NearSite[];
};

export type Catchment = { site: string; length: Meters };

export type WaterwayCoverage = {
  waterway: string;
  /** Sum of the sample weights (the sampled length of the waterway). */
  length: Meters;
  covered: Meters;
  /** covered / length × 100 (0 for an empty waterway). */
  percent: number;
  /** Metres of samples too far from the network to be measured. */
  offNetwork: Meters;
  gaps: Gap[];
  /** Canal metres for which each site is the nearest, largest first; they sum to `covered`. */
  catchments: Catchment[];
  /** For the chart: metres along the line against walking metres to the nearest site (Infinity: none). */
  series: { part: number; along: Meters; distance: Meters }[];
};

export type Coverage = {
  options: CoverageOptions;
  /** The sites measured from, in the order `SampleCoverage.site` indexes. */
  sites: readonly Place[];
  samples: readonly Sample[];
  snaps: readonly SampleSnap[];
  /** Parallel to `samples`. */
  results: SampleCoverage[];
  waterways: WaterwayCoverage[];
  total: { length: Meters; covered: Meters; percent: number };
};
