// @vitest-environment node
/** Loading the walking network is an edge: a failed download or a damaged file is a value, never a throw. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchNetwork } from '../../src/data/network';
import { readFileSync } from 'node:fs';

const respond = (body: string, status = 200) => vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(new Response(body, { status }));
afterEach(() => vi.restoreAllMocks());

describe('fetchNetwork', () => {
  it('reads the network file: its lines, its sources and where the street data stops', async () => {
    respond(readFileSync('data/network.geojson', 'utf8'));
    const load = await fetchNetwork('http://x/network.geojson');
    expect(load.ok).toBe(true);
    if (load.ok) {
      expect(load.value.lines.features.length).toBeGreaterThan(1000);
      expect(Object.keys(load.value.sources)).toContain('osm-streets');
      expect(load.value.streetDataBox.north).toBe(18.83);
    }
  });

  it('names a failed download', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('Failed to fetch'));
    expect(await fetchNetwork('http://x/n.geojson')).toMatchObject({ ok: false, error: 'network.offline', detail: expect.stringContaining('Failed to fetch') });
  });

  it('names an HTTP error (a host that answers a missing file with an error page)', async () => {
    respond('<html>not here</html>', 404);
    expect(await fetchNetwork('http://x/n.geojson')).toMatchObject({ ok: false, error: 'network.offline', detail: expect.stringContaining('404') });
  });

  it('names a damaged file, and a file that is not the network (index.html served in its place)', async () => {
    respond('{"type":"FeatureCollection","features":[');
    expect(await fetchNetwork('http://x/n.geojson')).toMatchObject({ ok: false, error: 'network.unreadable' });
    respond('{"type":"FeatureCollection","features":[]}');
    expect(await fetchNetwork('http://x/n.geojson')).toMatchObject({ ok: false, error: 'network.unreadable', detail: expect.stringContaining('not the walking network') });
  });
});
