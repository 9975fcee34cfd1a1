/** Coverage requests packed for the worker and unpacked there; replies carry only the nearest sites. */
import { describe, expect, it } from 'vitest';
import type { CoverageRequest } from '../../src/domain/coverage/session';
import { fromWire, toWire } from '../../src/workers/wire';
import type { NetworkMessage } from '../../src/workers/network-service';

const sites = Array.from({ length: 2500 }, (_, i) => ({ id: `site-${i}`, point: [98.97 + i * 1e-5, 18.78 - i * 1e-5] as [number, number] }));
const request = (list: typeof sites): CoverageRequest => ({
  network: { key: 'built-in', url: 'http://app.test/data/network.geojson' },
  waterways: { key: 'built-in' },
  sites: list,
  candidates: [{ id: 'whatif-1', point: [98.98, 18.79] }],
  spacing: 25,
  threshold: 400,
  maxSnap: 300,
  profile: 'shortest',
});

describe('toWire / fromWire', () => {
  it('sends the sites packed (no site objects in the message) and gives the same request back', () => {
    const message: NetworkMessage = { id: 7, kind: 'compute', request: request(sites) };
    const wire = toWire(message);
    expect(wire.kind === 'compute' && wire.request.sites).toEqual([]);
    expect(wire.packed?.points).toBeInstanceOf(Float64Array);
    // What postMessage would copy, then what the worker reads.
    expect(fromWire(structuredClone(wire))).toEqual(message);
  });

  it('packs an empty list and leaves the walk network message alone', () => {
    const empty: NetworkMessage = { id: 1, kind: 'suggest', request: request([]), n: 3 };
    expect(fromWire(structuredClone(toWire(empty)))).toEqual(empty);
    const walk: NetworkMessage = { id: 2, kind: 'site-network', url: 'u', sites };
    expect(toWire(walk)).toBe(walk);
  });

  it('packs a list once: the next request with the same list (a new threshold) reuses it', () => {
    const list = sites.slice(0, 10);
    const a = toWire({ id: 1, kind: 'compute', request: request(list) });
    const b = toWire({ id: 2, kind: 'compute', request: { ...request(list), threshold: 600 } });
    expect(b.packed).toBe(a.packed);
    const c = toWire({ id: 3, kind: 'compute', request: request([...list]) });
    expect(c.packed).not.toBe(a.packed);
    expect(c.packed).toEqual(a.packed);
  });
});
