// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/domain/coverage/compute';
import { sampleWaterways } from '../../../src/domain/coverage/sample';
import type { ImportedSite } from '../../../src/domain/import/types';
import type { WaterwayFeature } from '../../../src/domain/schema';
import { meters } from '../../../src/domain/types';
import { reportModel, type ReportInputs } from '../../../src/ui/research/report/model';
import { DEFAULT_PARAMS } from '../../../src/domain/coverage/params-url';
import { at, bankPath, network, straightCanal } from '../../domain/coverage/canal';
import { makeSite } from '../../fixtures/site';

const THAI = /[\u0E00-\u0E7F]/;
const samples = sampleWaterways([straightCanal], 25);
const net = network([bankPath], { mid: [500, 5] });
const coverage = computeCoverage(net, samples, net.anchors, { threshold: meters(400) });
const waterway = { type: 'Feature', properties: { id: 'canal', kind: 'main-stem' } } as unknown as WaterwayFeature;
const sites = [
  makeSite('mid', { name: { th: 'กลางคลอง', en: 'Mid-canal' }, confidence: 'high' }, [...at(500, 5)]),
  makeSite('other', {}, [...at(3000, 3000)]),
];
const imported: ImportedSite = { id: 'lok-molee', name: { th: 'วัดโลกโมฬี', en: 'Wat Lok Molee' }, point: at(100, 50), themes: [], status: 'verified', source: 'Imported: mine.csv' };
const input: ReportInputs = {
  reply: {
    coverage,
    candidates: [
      { id: 'what-if-1', point: at(900, 10), place: { nodeId: 0 } },
      { id: 'what-if-2', point: at(900, 900), place: { id: 'what-if-2', reason: 'too-far', distance: meters(890), limit: meters(300) } },
    ] as never,
    unattached: ['lok-molee'],
  },
  params: DEFAULT_PARAMS,
  suggestions: [{ point: at(300, 5), gain: 180 }],
  suggestRun: { status: 'done', n: 3 },
  straight: [{ waterway: 'canal', networkPercent: 80, straightPercent: 85, overstated: meters(50), understated: meters(0) }] as never,
  sites,
  waterways: [waterway],
  countedIds: new Set(['mid', 'lok-molee']),
  ownSites: { filename: 'mine.csv', sites: [imported], mode: 'extend', file: { bytes: 100, sha256: '0'.repeat(64), used: 1, refused: 0 } },
  ownNetwork: null,
  streetData: null,
};

describe('the coverage report model', () => {
  const model = reportModel(input);

  it('reads the panel’s coverage, not a second run: the same object and the same figures', () => {
    expect(model.coverage).toBe(coverage);
    expect(model.rows[0]!.straight).toBe(input.straight[0]);
    expect(model.main).toMatchObject(coverage.waterways[0]!);
    expect(model.rows.map((r) => [r.waterway, r.percent, r.covered])).toEqual(coverage.waterways.map((w) => [w.waterway, w.percent, w.covered]));
    expect(model.gaps.map((g) => [g.from, g.to])).toEqual(coverage.waterways[0]!.gaps.map((g) => [g.from, g.to]));
  });

  it('names places only in the reader’s script; the counted sites are named in both', () => {
    for (const g of model.gaps)
      for (const l of ['th', 'en'] as const)
        for (const p of g.ends[l]) if (p && p.name.en !== 'Mid-canal') expect(THAI.test(p.name[l])).toBe(l === 'th');
    // The suggestion at 300 m lies 200 m from the counted site, its nearest named place.
    expect(model.suggestions[0]!.near.en?.name.en).toBe('Mid-canal');
    expect(model.suggestions[0]!.on).toMatchObject({ waterway: 'canal' });
    expect(Math.abs(model.suggestions[0]!.on!.along - 300)).toBeLessThanOrEqual(12.5);
  });

  it('lists the counted built-in sites and the imported ones, and the what-if sites', () => {
    expect(model.counted.map((s) => [s.id, s.confidence, s.imported, s.reached])).toEqual([
      ['mid', 'high', false, true],
      ['lok-molee', null, true, false],
    ]);
    expect(model.whatIf.map((w) => [w.n, w.placed])).toEqual([
      [1, 'attached'],
      [2, 'too-far'],
    ]);
  });

  it('says where each waterway’s kilometre 0 is', () => {
    expect(model.origins).toEqual([expect.objectContaining({ waterway: 'canal', point: samples[0]!.point })]);
  });
});
