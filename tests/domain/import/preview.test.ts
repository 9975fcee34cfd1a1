import { describe, expect, it } from 'vitest';
import { importSitesCsv } from '../../../src/domain/import/csv-sites';
import { importNetworkGeojson } from '../../../src/domain/import/geojson-network';
import { previewNetwork, previewSites } from '../../../src/domain/import/preview';
import { readImportFixture } from '../../fixtures/import/read';

describe('previewSites', () => {
  const r = importSitesCsv(readImportFixture('bad-rows.csv'));
  if (!r.ok) throw new Error(r.error.key);
  const p = previewSites(r, { sampleSize: 2, maxListed: 3 });

  it('counts kept and skipped rows and warnings', () => {
    expect(p).toMatchObject({ kept: 4, skipped: 7, warnings: 4, canApply: true, swapped: false });
    expect(p.byCategory).toEqual({ learning: 2, environment: 0, economy: 0, none: 2 });
  });

  it('lists skipped rows with their line and reason, capped', () => {
    expect(p.skippedList.map((i) => [i.line, i.key])).toEqual([
      [4, 'import.issue.missingCoordinates'],
      [5, 'import.issue.notNumber'],
      [6, 'import.issue.latOutOfRange'],
    ]);
    expect(p.byKey[0]).toEqual({ key: 'import.issue.missingCoordinates', effect: 'skipped', count: 1 });
    expect(p.byKey.reduce((n, c) => n + c.count, 0)).toBe(r.issues.length);
  });

  it('gives the extent and a sample', () => {
    expect(p.bbox).toEqual([98.97, 13.75, 100.5, 18.79]);
    expect(p.sample.map((s) => s.line)).toEqual([2, 10]);
  });

  it('cannot apply an import with no sites', () => {
    const none = importSitesCsv('name,lat,lon\nA,,');
    if (!none.ok) throw new Error(none.error.key);
    expect(previewSites(none)).toMatchObject({ kept: 0, skipped: 1, canApply: false, bbox: null });
  });
});

describe('previewNetwork', () => {
  it('counts features, kinds and length; a part-refused feature still counts as kept', () => {
    const r = importNetworkGeojson(readImportFixture('osm-footways.geojson'));
    if (!r.ok) throw new Error(r.error.key);
    const p = previewNetwork(r);
    expect(p).toMatchObject({ kept: 4, skipped: 2, warnings: 0, canApply: true, length: r.length, byKind: r.counts.byKind });
    expect(p.skippedList).toHaveLength(3);
  });
});
