// @vitest-environment node
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedData } from '../../../src/data';
import { networkLines } from '../../fixtures/network';
import { computeCoverage } from '../../../src/domain/coverage/compute';
import { coverageOptions, DEFAULT_PARAMS, siteCounts } from '../../../src/domain/coverage/params';
import { measuredWaterways, sampleWaterways } from '../../../src/domain/coverage/sample';
import { overstatement, straightLineCoverage } from '../../../src/domain/coverage/straight';
import { suggestSites } from '../../../src/domain/coverage/suggest';
import { meters } from '../../../src/domain/types';
import { resolveWalk, siteNetwork } from '../../../src/domain/walk';
import { expectGolden } from '../../fixtures/golden';

const data = loadEmbeddedData();
const learning = data.sites.value.filter(siteCounts(DEFAULT_PARAMS));
const paths: FeatureCollection = networkLines();
const network = siteNetwork(paths, learning);
const places = [...network.anchors.values()];
const samples = sampleWaterways(measuredWaterways(data.waterways.value), DEFAULT_PARAMS.spacing);
const cov = computeCoverage(network, samples, places, coverageOptions(DEFAULT_PARAMS));
const f = (x: number) => x.toFixed(1);

/**
 * The figures the app and the report print, guarded: a change to the data, the network or the
 * method that moves any of them fails here; `REGEN=1` rewrites the file for review.
 */
describe('coverage of the real waterways by learning sites at 400 m', () => {
  it('prints the figures in tests/fixtures/real-figures/coverage.txt', () => {
    const straight = straightLineCoverage(samples, places.map((p) => p.point), meters(400));
    const over = overstatement(cov, straight);
    const { suggestions } = suggestSites(network, samples, places, 3, meters(400), { coverage: cov });
    const text = [
      `learning sites ${learning.length} (attached ${places.length}); samples ${samples.length}`,
      ...cov.waterways.map((w) => {
        const o = over.find((x) => x.waterway === w.waterway)!;
        return `${w.waterway}: ${f(w.covered)} of ${f(w.length)} m = ${f(w.percent)} % (straight line ${f(o.straightPercent)} %, overstates ${f(o.overstated)} m); off-network ${f(w.offNetwork)} m; ${w.gaps.length} gaps`;
      }),
      `total ${f(cov.total.percent)} %`,
      ...suggestions.map((s, i) => `suggestion ${'ABC'[i]}: +${f(s.gain)} m at ${s.point.map((x) => x.toFixed(5)).join(', ')}`),
      '',
    ].join('\n');
    expectGolden('real-figures/coverage.txt', text);
  });

  it('walks the curated walks the lengths in tests/fixtures/real-figures/walks.txt', () => {
    const all = data.sites.value;
    const walkNetwork = siteNetwork(paths, all);
    const lines = data.walks.map((walk) => {
      const out = resolveWalk(walkNetwork, all, { stops: walk.stops, profile: 'shortest', order: 'keep', loop: walk.loop ?? false });
      return `${walk.id}: ${out.ok ? `${f(out.route.distance)} m, ${out.route.legs.length} legs` : `not walkable (${out.problem.kind})`}`;
    });
    expectGolden('real-figures/walks.txt', `${lines.join('\n')}\n`);
  });

  it('every covered metre belongs to a site’s catchment, and straight line never says less', () => {
    const straight = straightLineCoverage(samples, places.map((p) => p.point), meters(400));
    for (const w of cov.waterways) {
      expect(w.catchments.reduce((s, c) => s + c.length, 0)).toBeCloseTo(w.covered, 6);
      expect(straight.waterways.find((x) => x.waterway === w.waterway)!.covered).toBeGreaterThanOrEqual(w.covered - 1e-6);
    }
  });

  it('suggests sites with non-increasing gains', () => {
    const { suggestions, before, after } = suggestSites(network, samples, places, 5, meters(400), { coverage: cov });
    expect(suggestions.length).toBeGreaterThan(0);
    suggestions.forEach((s, i) => i > 0 && expect(s.gain).toBeLessThanOrEqual(suggestions[i - 1]!.gain));
    console.info(`suggest 5: ${suggestions.map((s) => `${f(s.gain)} m at ${s.point.map((x) => x.toFixed(5))}`).join('; ')}; covered ${f(before)} → ${f(after)} m`);
  });
});
