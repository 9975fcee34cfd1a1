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
import { siteNetwork } from '../../../src/domain/walk';

const data = loadEmbeddedData();
const learning = data.sites.value.filter(siteCounts(DEFAULT_PARAMS));
const paths: FeatureCollection = networkLines();
const network = siteNetwork(paths, learning);
const places = [...network.anchors.values()];
const samples = sampleWaterways(measuredWaterways(data.waterways.value), DEFAULT_PARAMS.spacing);
const cov = computeCoverage(network, samples, places, coverageOptions(DEFAULT_PARAMS));
const f = (x: number) => x.toFixed(1);

describe('coverage of the real waterways by learning sites at 400 m', () => {
  it('gives a percentage between 0 and 100 for the Mae Kha', () => {
    const maeKha = cov.waterways.find((w) => w.waterway === 'mae-kha')!;
    expect(maeKha.percent).toBeGreaterThan(0);
    expect(maeKha.percent).toBeLessThan(100);
    expect(maeKha.length).toBeGreaterThan(5000);
    const straight = straightLineCoverage(samples, places.map((p) => p.point), meters(400));
    const over = overstatement(cov, straight);
    console.info(
      [
        `learning sites ${learning.length} (attached ${places.length}); samples ${samples.length}`,
        ...cov.waterways.map((w) => {
          const o = over.find((x) => x.waterway === w.waterway)!;
          return `${w.waterway}: ${f(w.covered)} of ${f(w.length)} m = ${f(w.percent)} % (straight line ${f(o.straightPercent)} %, overstates ${f(o.overstated)} m); off-network ${f(w.offNetwork)} m; ${w.gaps.length} gaps`;
        }),
        `total ${f(cov.total.percent)} %`,
      ].join('\n'),
    );
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
