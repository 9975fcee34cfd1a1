// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { routeToGeoJSON } from '../../../src/domain/export/geojson';
import { canalRoute } from '../../fixtures/canal-walk';
import { canalStops } from '../../fixtures/export-stops';
import { ogrRead } from '../../fixtures/gdal';
import { rfc7946Issues } from '../../fixtures/rfc7946';

const collection = routeToGeoJSON(canalRoute, canalStops, { name: 'Canal walk', description: 'Three legs' });
const ofKind = (kind: string, c = collection) => c.features.filter((f) => f.properties?.kind === kind);

describe('routeToGeoJSON', () => {
  test('follows the RFC 7946 rules', () => {
    expect(rfc7946Issues(collection)).toEqual([]);
  });

  test('longitude first: every position lies in Chiang Mai (lng ≈ 99, lat ≈ 18.8)', () => {
    const positions = collection.features.flatMap((f) =>
      f.geometry.type === 'Point' ? [f.geometry.coordinates] : f.geometry.type === 'LineString' ? f.geometry.coordinates : [],
    );
    expect(positions.every(([lng, lat]) => lng! > 98.9 && lng! < 99.1 && lat! > 18.7 && lat! < 18.9)).toBe(true);
  });

  test('a LineString per leg with its distance', () => {
    expect(ofKind('leg').map((f) => f.properties?.distance)).toEqual(canalRoute.legs.map((l) => Math.round(l.distance)));
  });

  test('a Point per stop in walk order, with both names', () => {
    expect(ofKind('stop').map((f) => [f.properties?.order, f.properties?.id, f.properties?.name_th])).toEqual([
      [1, 'wat-phan-on', 'วัดพันอ้น'],
      [2, 'warorot', 'กาดวโรรส'],
      [3, 'kad-luang', 'กาดหลวง "ตลาด" & <ร้าน>'],
      [4, 'nowhere-named', 'ปลายทาง'],
    ]);
  });

  test('the totals and profile of the walk', () => {
    expect(collection.properties).toEqual({
      name: 'Canal walk',
      description: 'Three legs',
      profile: 'canal-first',
      loop: false,
      stops: 4,
      legs: 3,
      distance: Math.round(canalRoute.distance),
    });
  });

  test('a loop lists its first stop once', () => {
    const loop = { ...canalRoute, loop: true, stops: [...canalRoute.stops, 'wat-phan-on'] };
    expect(ofKind('stop', routeToGeoJSON(loop, canalStops, { name: 'Loop' }))).toHaveLength(4);
  });
});

describe('routeToGeoJSON read by GDAL (GeoJSON driver)', () => {
  test('one layer with every feature and the stop attributes', async () => {
    const { driver, layers } = await ogrRead('walk.geojson', JSON.stringify(collection));
    const layer = layers[0];
    expect(driver).toBe('GeoJSON');
    expect(layer?.featureCount).toBe(canalRoute.legs.length + canalStops.length);
    expect(layer?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['kind', 'distance', 'id', 'order', 'name_th', 'name_en']),
    );
    const thai = layer?.features.filter((f) => f.properties.kind === 'stop').map((f) => f.properties.name_th);
    expect(thai).toEqual(['วัดพันอ้น', 'กาดวโรรส', 'กาดหลวง "ตลาด" & <ร้าน>', 'ปลายทาง']);
  }, 20_000);
});
