// @vitest-environment node
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedData } from '../../../src/data';
import { networkLines } from '../../fixtures/network';
import { computeCoverage } from '../../../src/domain/coverage/compute';
import { sampleWaterways } from '../../../src/domain/coverage/sample';
import { CoverageSession, MissingInput, type CoverageRequest } from '../../../src/domain/coverage/session';
import { meters } from '../../../src/domain/types';
import { siteNetwork } from '../../../src/domain/walk';

const data = loadEmbeddedData();
const lines: FeatureCollection = networkLines();
const learning = data.sites.value.filter((s) => s.properties.category === 'learning');
const request = (over: Partial<CoverageRequest> = {}): CoverageRequest => ({
  network: { key: 'built-in', lines },
  waterways: { key: 'built-in', lines: data.waterways.value },
  sites: learning.map((s) => ({ id: s.properties.id, point: s.geometry.coordinates })),
  candidates: [],
  spacing: 25,
  threshold: 400,
  maxSnap: 300,
  profile: 'shortest',
  ...over,
});

describe('coverage session', () => {
  it('gives the same coverage as computing it directly', () => {
    const direct = (() => {
      const net = siteNetwork(lines, learning);
      return computeCoverage(net, sampleWaterways(data.waterways.value, 25), [...net.anchors.values()], { threshold: meters(400) });
    })();
    const { coverage } = new CoverageSession().compute(request());
    expect(coverage.total.covered).toBeCloseTo(direct.total.covered, 6);
    expect(coverage.results.map((r) => r.distance)).toEqual(direct.results.map((r) => r.distance));
  });

  it('keeps the inputs: a later request may name the network and waterways by key only', () => {
    const session = new CoverageSession();
    const first = session.compute(request());
    const again = session.compute(request({ network: { key: 'built-in' }, waterways: { key: 'built-in' }, threshold: 800 }));
    expect(again.coverage.total.covered).toBeGreaterThan(first.coverage.total.covered);
    expect(() => new CoverageSession().compute(request({ network: { key: 'built-in' } }))).toThrow(MissingInput);
  });

  it('a what-if site adds coverage; one too far from any path is reported, not counted', () => {
    const session = new CoverageSession();
    const before = session.compute(request()).coverage.total.covered;
    const mk02 = data.sites.value.find((s) => s.properties.code === 'MK02')!.geometry.coordinates;
    const reply = session.compute(request({ candidates: [{ id: 'what-if-1', point: mk02 }, { id: 'what-if-2', point: [98.86, 18.66] }] }));
    expect(reply.coverage.total.covered).toBeGreaterThan(before);
    expect('reason' in reply.candidates[1]!.place).toBe(true);
    expect('reason' in reply.candidates[0]!.place).toBe(false);
  });

  it('suggestions have non-increasing gains', () => {
    const gains = new CoverageSession().suggest(request(), 4).map((s) => s.gain);
    expect(gains.length).toBe(4);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
  });

  it('a what-if site is attached as a counted site is: at a counted canal site\'s point, it covers exactly what that site covers', () => {
    // Sites on the canal between its banks: attached to both banks when counted.
    const onCanal = ['phase-1-promenade', 'night-bazaar-stretch', 'rakaeng-bridge'].map((id) => learning.find((s) => s.properties.id === id)!);
    for (const site of onCanal) {
      const others = learning.filter((s) => s !== site).map((s) => ({ id: s.properties.id, point: s.geometry.coordinates }));
      const counted = new CoverageSession().compute(request()).coverage;
      const whatIf = new CoverageSession().compute(request({ sites: others, candidates: [{ id: 'what-if-1', point: site.geometry.coordinates }] })).coverage;
      expect([site.properties.id, whatIf.total.covered]).toEqual([site.properties.id, counted.total.covered]);
    }
  });
});

