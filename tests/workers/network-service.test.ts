/** The network worker's service, run in this thread: the same code the worker runs. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEmbeddedData } from '../../src/data';
import type { CoverageRequest } from '../../src/domain/coverage/session';
import { measuredWaterways } from '../../src/domain/coverage/sample';
import { graphFromTransfer } from '../../src/domain/network/transfer';
import { siteNetwork } from '../../src/domain/walk';
import { BUILT_IN_KEY, NetworkService, type SiteNetworkReply } from '../../src/workers/network-service';
import { networkLines } from '../fixtures/network';

const URL = 'http://app.test/data/network.geojson';
const data = loadEmbeddedData();
const sites = data.sites.value;
const points = sites.map((s) => ({ id: s.properties.id, point: s.geometry.coordinates }));
const request = (network: CoverageRequest['network']): CoverageRequest => ({
  network,
  waterways: { key: 'built-in', lines: measuredWaterways(data.waterways.value) },
  sites: points.filter((p) => sites.find((s) => s.properties.id === p.id)!.properties.category === 'learning'),
  candidates: [],
  spacing: 25,
  threshold: 400,
  maxSnap: 300,
  profile: 'shortest',
});
afterEach(() => vi.restoreAllMocks());

describe('NetworkService', () => {
  it('builds the site network from the file and hands over the same graph the page would build', async () => {
    const { reply } = await new NetworkService().handle({ id: 1, kind: 'site-network', url: URL, sites: points });
    expect(reply.ok).toBe(true);
    const result = (reply as { result: SiteNetworkReply }).result;
    const here = siteNetwork(networkLines(), sites);
    const graph = graphFromTransfer(result.graph);
    expect([graph.nodeCount, graph.edgeCount]).toEqual([here.graph.nodeCount, here.graph.edgeCount]);
    expect([...graph.edgeLength]).toEqual([...here.graph.edgeLength]);
    expect(result.failures.map((f) => f.id).sort()).toEqual([...here.failures.keys()].sort());
    expect(result.siteCosts.map((c) => c.profile)).toEqual(['shortest', 'step-free']);
    expect(result.summary.lengths['osm-streets']).toBeGreaterThan(300_000);
  });

  it('computes coverage on the built-in network from its URL', async () => {
    const { reply } = await new NetworkService().handle({ id: 2, kind: 'compute', request: request({ key: BUILT_IN_KEY, url: URL }) });
    expect(reply).toMatchObject({ ok: true });
  });

  it('an imported network named without its lines is missing, never replaced by the built-in lines', async () => {
    const { reply } = await new NetworkService().handle({ id: 3, kind: 'compute', request: request({ key: 'own:extend:mine.geojson:3', url: URL }) });
    expect(reply).toMatchObject({ ok: false, missing: 'network' });
  });

  it('a failed download is named, and the next request downloads again', async () => {
    const service = new NetworkService();
    vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const first = await service.handle({ id: 4, kind: 'site-network', url: URL, sites: points });
    expect(first.reply).toMatchObject({ ok: false, error: 'network.offline' });
    const again = await service.handle({ id: 5, kind: 'site-network', url: URL, sites: points });
    expect(again.reply).toMatchObject({ ok: true });
  });
});
