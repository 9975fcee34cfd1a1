/**
 * What the network worker does, as plain functions of its messages, so the page can run the same
 * code in its own thread where workers are unavailable (jsdom tests). It fetches and reads the
 * walking network itself (the page never parses the 1.2 MB file), builds the graph with every site
 * attached for walks and trips, and keeps a coverage session for the Research tab.
 */
import type { FeatureCollection } from 'geojson';
import { fetchNetwork, type NetworkLoad, type NetworkSummary } from '../data/network';
import { nearestSitesOnly } from '../domain/coverage/compute';
import { CoverageSession, MissingInput, type CoverageReply, type CoverageRequest } from '../domain/coverage/session';
import { networkFor, type LineCollection } from '../domain/import/geojson-network';
import { lineLength } from '../domain/measure';
import type { GraphStats } from '../domain/network/graph';
import { graphToTransfer, type GraphTransfer } from '../domain/network/transfer';
import type { Anchor, SnapFailure } from '../domain/network/types';
import type { PathFeature } from '../domain/schema';
import type { LngLat } from '../domain/types';
import { pointNetwork, siteCosts, type SiteCosts } from '../domain/walk';

export type SitePoint = { id: string; point: LngLat };

/** The coverage key of the network the app ships (an imported one has its own key). */
export const BUILT_IN_KEY = 'built-in';

export type NetworkMessage =
  | { id: number; kind: 'site-network'; url: string; sites: readonly SitePoint[] }
  | { id: number; kind: 'compute' | 'suggest'; request: CoverageRequest; n?: number };

export type SiteNetworkReply = {
  graph: GraphTransfer;
  anchors: Anchor[];
  failures: SnapFailure[];
  stats: GraphStats;
  /** Costs between the sites for the trip planner's two profiles, computed here once. */
  siteCosts: SiteCosts[];
  summary: NetworkSummary;
};

export type NetworkReply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string; detail: string; missing?: 'network' | 'waterways' };

/** Lengths by source and the count of lines drawn from a description, for "About the data". */
function summarise(load: Extract<NetworkLoad, { ok: true }>['value']): NetworkSummary {
  const lengths: Record<string, number> = {};
  let approximate = 0;
  for (const f of load.lines.features as PathFeature[]) {
    lengths[f.properties.source] = (lengths[f.properties.source] ?? 0) + lineLength(f.geometry);
    if (f.properties.approximate) approximate++;
  }
  return { sources: load.sources, streetDataBox: load.streetDataBox, lengths, approximate, lines: load.lines.features.length };
}

/**
 * @example
 * const service = new NetworkService();
 * const { reply, transfer } = await service.handle({ id: 1, kind: 'site-network', url, sites });
 * postMessage(reply, transfer);
 */
export class NetworkService {
  private readonly loads = new Map<string, Promise<NetworkLoad>>();
  private readonly session = new CoverageSession();

  private load(url: string): Promise<NetworkLoad> {
    let load = this.loads.get(url);
    if (!load) this.loads.set(url, (load = fetchNetwork(url)));
    // A failure is not kept: asking again fetches again.
    void load.then((l) => !l.ok && this.loads.delete(url));
    return load;
  }

  /**
   * The coverage request with the built-in network's lines filled in (fetched here, once): alone
   * under BUILT_IN_KEY, or followed by an imported network's lines under that network's key. An
   * imported network's key without its lines, which this worker does not hold, is missing
   * (the page sends them again), never replaced by the built-in lines.
   */
  private async withLines(request: CoverageRequest): Promise<CoverageRequest | NetworkReply> {
    const { network } = request;
    if (!network.url || this.session.has('network', network.key)) return request;
    if (!network.lines && network.key !== BUILT_IN_KEY) throw new MissingInput('network');
    const load = await this.load(network.url);
    if (!load.ok) return { id: -1, ok: false, error: load.error, detail: load.detail };
    const lines: FeatureCollection = network.lines ? networkFor(load.value.lines, network.lines as LineCollection, 'extend') : load.value.lines;
    return { ...request, network: { key: network.key, lines } };
  }

  private compact(reply: CoverageReply): CoverageReply {
    return { ...reply, coverage: nearestSitesOnly(reply.coverage) };
  }

  /** Answers one message; `transfer` lists the buffers to move with the reply. */
  async handle(message: NetworkMessage): Promise<{ reply: NetworkReply; transfer: ArrayBuffer[] }> {
    const { id } = message;
    try {
      if (message.kind === 'site-network') {
        const load = await this.load(message.url);
        if (!load.ok) return { reply: { id, ok: false, error: load.error, detail: load.detail }, transfer: [] };
        const built = pointNetwork(load.value.lines, message.sites);
        const { value, transfer } = graphToTransfer(built.graph);
        const result: SiteNetworkReply = {
          graph: value,
          anchors: [...built.anchors.values()],
          failures: [...built.failures.values()],
          stats: built.stats,
          siteCosts: [siteCosts(built, 'shortest'), siteCosts(built, 'step-free')],
          summary: summarise(load.value),
        };
        return { reply: { id, ok: true, result }, transfer };
      }
      const request = await this.withLines(message.request);
      if ('ok' in request) return { reply: { ...request, id }, transfer: [] };
      // The page reads only the sites some sample is nearest to (see nearestSitesOnly).
      const result = message.kind === 'compute' ? this.compact(this.session.compute(request)) : this.session.suggest(request, message.n ?? 3);
      return { reply: { id, ok: true, result }, transfer: [] };
    } catch (error) {
      const missing = error instanceof MissingInput ? error.what : undefined;
      return { reply: { id, ok: false, error: 'network.failed', detail: String(error), missing }, transfer: [] };
    }
  }
}
