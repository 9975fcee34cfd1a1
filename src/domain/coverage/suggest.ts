/**
 * "Where would new sites help most?": greedy maximum coverage over candidate points on the
 * network. Each round picks the candidate that newly covers the most canal metres. Coverage is
 * submodular, so the greedy gains never increase and the total is within 1 − 1/e of the best
 * possible; stale gains are only upper bounds, which lets rounds re-check few candidates (lazy greedy).
 */
import { NodeHeap } from '../network/heap';
import type { Graph, Place, VirtualAnchor } from '../network/types';
import { meters, type LngLat, type Meters } from '../types';
import { DEFAULT_CANDIDATE_SPACING, networkCandidates } from './candidates';
import { computeCoverage } from './compute';
import { candidateReach } from './reach';
import type { Coverage, CoverageOptions, Sample } from './types';

export type Suggestion = {
  point: LngLat;
  /** Where it lies on the network: `offset` metres along `edge` from the edge's `edgeFrom` end. */
  edge: number;
  offset: Meters;
  /** Canal metres it newly covers, after the sites already chosen; and the sample count. */
  gain: Meters;
  samples: number;
};

export type SuggestOptions = Partial<CoverageOptions> & {
  /** Candidate points at every node and at most this far apart along each edge. */
  candidateSpacing?: Meters;
  /** The coverage by the existing sites, when already computed (same samples and options). */
  coverage?: Coverage;
};

export type SuggestResult = { suggestions: Suggestion[]; before: Meters; after: Meters; candidates: number };

/**
 * Up to `n` new sites chosen greedily, each maximising the canal metres newly covered within the
 * threshold; stops early when nothing more can be covered.
 * Complexity: one bounded Dijkstra (limit = threshold) per end node of an edge holding an uncovered
 * sample, O(E_u · B log B), B the nodes within the threshold; then the reach lists, O(U · B · deg · k)
 * for U uncovered samples and k candidates per edge; then lazy greedy, O(n · C log C) at worst.
 * @example suggestSites(network, samples, anchors, 3, meters(400)).suggestions.map((s) => s.gain) // [812.5, 400, 150]
 */
export function suggestSites(
  network: { graph: Graph },
  samples: readonly Sample[],
  existing: readonly Place[],
  n: number,
  threshold: Meters,
  options: SuggestOptions = {},
): SuggestResult {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`suggestSites: n must be a whole number ≥ 0, got ${n}`);
  const { graph } = network;
  const base = options.coverage ?? computeCoverage(network, samples, existing, { ...options, threshold });
  const open = base.results.map((r, i) => (r.covered || r.reason === 'off-network' ? null : (base.snaps[i] as VirtualAnchor)));
  const candidates = networkCandidates(graph, options.candidateSpacing ?? DEFAULT_CANDIDATE_SPACING);
  const reach = candidateReach(graph, open, candidates, threshold, base.options.profile);
  const weight = samples.map((s) => s.weight as number);
  const done = new Uint8Array(samples.length);
  const gainOf = (c: number) => (reach[c] as number[]).reduce((sum, s) => (done[s] ? sum : sum + (weight[s] as number)), 0);
  const heap = new NodeHeap(Math.max(64, reach.length));
  reach.forEach((r, c) => r.length > 0 && heap.push(-gainOf(c), c));
  const suggestions: Suggestion[] = [];
  while (suggestions.length < n && heap.size > 0) {
    const c = heap.pop();
    const gain = gainOf(c);
    if (gain <= 0) continue;
    if (heap.size > 0 && gain < -heap.peekKey()) {
      heap.push(-gain, c);
      continue;
    }
    const fresh = (reach[c] as number[]).filter((s) => !done[s]);
    fresh.forEach((s) => (done[s] = 1));
    const { point, edge, offset } = candidates.list[c]!;
    suggestions.push({ point, edge, offset, gain: meters(gain), samples: fresh.length });
  }
  const added = suggestions.reduce((s, x) => s + x.gain, 0);
  return { suggestions, before: base.total.covered, after: meters(base.total.covered + added), candidates: candidates.list.length };
}
