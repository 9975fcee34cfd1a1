import { describe, expect, it } from 'vitest';
import { importSitesGeojson, sitesFromGeojson } from '../../../src/domain/import/geojson-sites';
import type { ImportFailed, SitesImported } from '../../../src/domain/import/types';
import { readImportFixture } from '../../fixtures/import/read';

function ok(r: SitesImported | ImportFailed): SitesImported {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.key}`);
  return r;
}
const errorKey = (r: SitesImported | ImportFailed) => (r.ok ? 'ok' : r.error.key);
const point = (coordinates: unknown, properties: unknown = { name: 'A' }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });

describe('importSitesGeojson: the example file', () => {
  const r = ok(importSitesGeojson(readImportFixture('points.geojson'), { filename: 'points.geojson' }));

  it('keeps the points, with names from name:th / name:en or name', () => {
    expect(r.sites.map((s) => [s.feature, s.id, s.name.en])).toEqual([
      [0, 'wat-lok-molee', 'Wat Lok Molee'],
      [1, 'warorot', 'กาดวโรรส'],
      [4, 'import-4', 'import-4'],
    ]);
    expect(r.sites[0]).toMatchObject({ category: 'learning', themes: ['history', 'culture'], source: 'Imported: points.geojson' });
    expect(r.sites[1]!.point).toEqual([99.0003, 18.7905]);
  });

  it('names each skipped feature by index with the reason', () => {
    expect(r.issues.map((i) => [i.feature, i.key, i.effect, i.values])).toEqual([
      [2, 'import.issue.notPoint', 'skipped', { type: 'Polygon' }],
      [3, 'import.issue.badCoordinates', 'skipped', { value: '["98.99","18.78"]' }],
      [4, 'import.issue.nameMissing', 'kept', { id: 'import-4' }],
      [5, 'import.issue.notPoint', 'skipped', { type: 'null' }],
    ]);
  });
});

describe('importSitesGeojson: shapes and coordinates', () => {
  it('takes a single Feature and a bare Point', () => {
    expect(ok(sitesFromGeojson(point([98.99, 18.79]))).sites).toHaveLength(1);
    expect(ok(sitesFromGeojson({ type: 'Point', coordinates: [98.99, 18.79] })).sites[0]!.point).toEqual([98.99, 18.79]);
  });

  it('reads name_th and name_en and a nested { th, en } name', () => {
    const a = ok(sitesFromGeojson(point([98.99, 18.79], { name_th: 'ก', name_en: 'B' }))).sites[0]!;
    const b = ok(sitesFromGeojson(point([98.99, 18.79], { name: { th: 'ก', en: 'B' } }))).sites[0]!;
    expect(a.name).toEqual({ th: 'ก', en: 'B' });
    expect(b.name).toEqual({ th: 'ก', en: 'B' });
  });

  it.each([
    ['not JSON', 'import.issue.jsonSyntax'],
    ['{"type": "FeatureCollection" "features": []}', 'import.issue.jsonSyntaxAt'],
    ['[]', 'import.issue.notGeojson'],
    ['"text"', 'import.issue.notGeojson'],
    ['{"type": "Topology"}', 'import.issue.notGeojson'],
    ['{"type": "FeatureCollection", "features": []}', 'import.issue.noFeatures'],
    ['{"type": "FeatureCollection", "features": [], "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32647"}}}', 'import.issue.crsNotWgs84'],
  ])('%s fails with %s', (text, key) => {
    expect(errorKey(importSitesGeojson(text))).toBe(key);
  });

  it('accepts a crs member naming WGS84', () => {
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } };
    expect(ok(sitesFromGeojson({ type: 'FeatureCollection', crs, features: [point([98.99, 18.79])] })).sites).toHaveLength(1);
  });

  it('refuses a file of UTM points and swaps a file of swapped points back', () => {
    const fc = (coords: number[][]) => ({ type: 'FeatureCollection', features: coords.map((c) => point(c)) });
    expect(errorKey(sitesFromGeojson(fc([[498000, 2078000]])))).toBe('import.issue.allUtm');
    const swapped = ok(sitesFromGeojson(fc([[18.79, 98.99], [18.78, 98.98]])));
    expect(swapped.swapped).toBe(true);
    expect(swapped.sites.map((s) => s.point)).toEqual([[98.99, 18.79], [98.98, 18.78]]);
  });

  it('names features that are not features', () => {
    const r = ok(sitesFromGeojson({ type: 'FeatureCollection', features: [42, point([98.99, 18.79])] }));
    expect(r.issues).toEqual([{ key: 'import.issue.notFeature', values: { type: '42' }, effect: 'skipped', feature: 0 }]);
  });
});
