/**
 * A coverage session: keeps the network, the samples, their snaps and the base coverage between
 * requests, each cached on the inputs it depends on, so a new threshold or a what-if site costs
 * one bounded search, not a rebuild. Pure; runs in a module worker (see `src/workers/`) or, where
 * workers are unavailable, on the main thread.
 */
import type { FeatureCollection } from 'geojson';
import { buildGraph } from '../network/graph';
import { snapAttachments } from '../network/place';
import type { Anchor, Graph, Profile, SnapFailure, VirtualAnchor } from '../network/types';
import { meters, type LngLat } from '../types';
import { computeCoverage, THRESHOLD_RANGE, withThreshold } from './compute';
import { snapSamples } from './measure';
import { sampleWaterways, type SampledLine } from './sample';
import { suggestSites, type Suggestion } from './suggest';
import type { Coverage, Sample, SampleSnap } from './types';
import { addSites } from './what-if';

/** How far a site may be from the network and still count (as for walks). */
export const SESSION_SITE_SNAP = meters(250);
/** How far from the walking network a what-if site may be placed. */
export const CANDIDATE_MAX_SNAP = meters(300);
/** How many sites the greedy search suggests unless asked for another number (the panel's and the report's). */
export const SUGGEST_DEFAULT = 3;

export type CoverageRequest = {
  /**
   * The walking network: `key` names it; `lines` may be left out when the session has it under
   * that key. `url`: the built-in network, fetched by the worker; with `lines` too, they extend it.
   */
  network: { key: string; lines?: FeatureCollection; url?: string };
  waterways: { key: string; lines?: readonly SampledLine[] };
  sites: readonly { id: string; point: LngLat }[];
  candidates: readonly { id: string; point: LngLat }[];
  spacing: number;
  threshold: number;
  maxSnap: number;
  profile: Profile;
};

export type PlacedCandidate = { id: string; point: LngLat; place: VirtualAnchor | SnapFailure };

export type CoverageReply = {
  coverage: Coverage;
  candidates: PlacedCandidate[];
  /** Counted sites the network could not reach (too far from any line). */
  unattached: string[];
};

/** Thrown when a request names a network or waterways the session has not been given yet. */
export class MissingInput extends Error {
  constructor(readonly what: 'network' | 'waterways') {
    super(`coverage session: no ${what} under that key; send its lines`);
  }
}

type Built = { graph: Graph; anchors: Map<string, Anchor>; failures: string[] };

export class CoverageSession {
  private lines = new Map<string, FeatureCollection>();
  private waterways = new Map<string, readonly SampledLine[]>();
  private cache = new Map<string, unknown>();

  /** Whether the session already holds lines under these keys (the client then omits them). */
  has(kind: 'network' | 'waterways', key: string): boolean {
    return kind === 'network' ? this.lines.has(key) : this.waterways.has(key);
  }

  private memo<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) {
      // Keep the cache small: one entry per stage is what a researcher's next move needs.
      const stage = key.slice(0, key.indexOf('|'));
      for (const k of this.cache.keys()) if (k.startsWith(`${stage}|`)) this.cache.delete(k);
      this.cache.set(key, make());
    }
    return this.cache.get(key) as T;
  }

  private inputs(req: CoverageRequest) {
    if (req.network.lines) this.lines.set(req.network.key, req.network.lines);
    if (req.waterways.lines) this.waterways.set(req.waterways.key, req.waterways.lines);
    const lines = this.lines.get(req.network.key);
    const waterways = this.waterways.get(req.waterways.key);
    if (!lines) throw new MissingInput('network');
    if (!waterways) throw new MissingInput('waterways');
    const sitesKey = req.sites.map((s) => `${s.id}@${s.point[0]},${s.point[1]}`).join(';');
    const netKey = `net|${req.network.key}|${sitesKey}`;
    const built = this.memo<Built>(netKey, () => {
      const b = buildGraph(lines, { attach: req.sites, maxSnap: SESSION_SITE_SNAP });
      return { graph: b.graph, anchors: new Map(b.anchors.map((a) => [a.id, a])), failures: b.failures.map((f) => f.id) };
    });
    const samplesKey = `samples|${req.waterways.key}|${req.spacing}`;
    const samples = this.memo<Sample[]>(samplesKey, () => sampleWaterways(waterways, req.spacing));
    const snapsKey = `snaps|${netKey}|${samplesKey}|${req.maxSnap}|${req.profile}`;
    const snaps = this.memo<SampleSnap[]>(snapsKey, () => snapSamples(built.graph, samples, meters(req.maxSnap), req.profile));
    const baseKey = `base|${snapsKey}`;
    const base = this.memo<Coverage>(baseKey, () => {
      const places = req.sites.flatMap((s) => {
        const a = built.anchors.get(s.id);
        return a ? [a] : [];
      });
      // Distances do not depend on the threshold: compute once at the widest, apply it last.
      return computeCoverage(built, samples, places, { threshold: THRESHOLD_RANGE.max, profile: req.profile, maxSnap: meters(req.maxSnap) }, snaps);
    });
    return { built, base, baseKey };
  }

  compute(req: CoverageRequest): CoverageReply {
    const { built, base, baseKey } = this.inputs(req);
    // A what-if site meets the streets as a counted site does: the nearest and those on the other bank.
    const attached = req.candidates.map((c) => snapAttachments(built.graph, c.point, CANDIDATE_MAX_SNAP, { id: c.id, profile: req.profile }));
    const candidates: PlacedCandidate[] = req.candidates.map((c, i) => {
      const at = attached[i]!;
      return { ...c, place: 'reason' in at ? at : (at[0] as VirtualAnchor) };
    });
    const placed = attached.flatMap((at) => ('reason' in at ? [] : [at]));
    const withCandidates = this.memo<Coverage>(
      `whatif|${baseKey}|${candidates.map((c) => `${c.id}@${c.point.join(',')}`).join(';')}`,
      () => addSites(built, base, placed),
    );
    return { coverage: withThreshold(withCandidates, meters(req.threshold)), candidates, unattached: built.failures };
  }

  /** Up to `n` new sites by greedy maximum coverage, after the counted and what-if sites. */
  suggest(req: CoverageRequest, n: number): Suggestion[] {
    const { coverage } = this.compute(req);
    const { built } = this.inputs(req);
    return suggestSites(built, coverage.samples, coverage.sites, n, coverage.options.threshold, { coverage }).suggestions;
  }
}
