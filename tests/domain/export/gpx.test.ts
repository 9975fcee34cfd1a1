// @vitest-environment node
import { gpx } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, test } from 'vitest';
import { routeToGpx } from '../../../src/domain/export/gpx';
import { routeLine } from '../../../src/domain/export/stops';
import { canalRoute } from '../../fixtures/canal-walk';
import { canalStops } from '../../fixtures/export-stops';
import { ogrRead } from '../../fixtures/gdal';

const thaiStops = canalStops.map((s) => ({ ...s, name: s.name.th }));
const meta = { name: 'เดินเลียบคลอง & "แม่ข่า"', description: 'A <short> walk', time: new Date('2025-02-01T02:00:00Z') };
const text = routeToGpx(canalRoute, thaiStops, meta);
const line = routeLine(canalRoute);
const rounded = (p: readonly number[]) => p.map((n) => Number(n.toFixed(7)));

describe('routeToGpx read back by @tmcw/togeojson', () => {
  const parsed = gpx(new DOMParser().parseFromString(text, 'text/xml') as unknown as Document);
  const waypoints = parsed.features.filter((f) => f.geometry?.type === 'Point');
  const tracks = parsed.features.filter((f) => f.geometry?.type === 'LineString');

  test('one track whose coordinates are the walk line, lng/lat to 7 decimals', () => {
    expect(tracks).toHaveLength(1);
    const geometry = tracks[0]?.geometry;
    expect(geometry?.type === 'LineString' && geometry.coordinates).toEqual(line.map(rounded));
  });

  test('a waypoint per stop, in walk order, Thai names and escaped characters intact', () => {
    expect(waypoints.map((f) => f.properties?.name)).toEqual(['วัดพันอ้น', 'กาดวโรรส', 'กาดหลวง "ตลาด" & <ร้าน>', 'ปลายทาง']);
  });

  test('the track carries the walk name', () => {
    expect(tracks[0]?.properties?.name).toBe(meta.name);
  });
});

describe('routeToGpx as XML', () => {
  test('GPX 1.1 namespace and creator, UTF-8 declared', () => {
    expect(text).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gpx version="1\.1" creator="Mae Kha Learning Map" xmlns="http:\/\/www\.topografix\.com\/GPX\/1\/1">/);
  });

  test('special characters are escaped, control characters dropped', () => {
    const doc = routeToGpx(canalRoute, thaiStops, { name: 'a\u0001<b>&' });
    expect(doc).toContain('<name>a&lt;b&gt;&amp;</name>');
  });

  test('a route stop missing from the stops is named in the error', () => {
    expect(() => routeToGpx(canalRoute, thaiStops.slice(1), meta)).toThrow(/"warorot"/);
  });
});

describe('routeToGpx read by GDAL (GPX driver)', () => {
  test('tracks and waypoints layers with the right counts, names and points', async () => {
    const { driver, layers } = await ogrRead('walk.gpx', text);
    const layer = (name: string) => layers.find((l) => l.name === name);
    expect(driver).toBe('GPX');
    expect(layer('waypoints')?.featureCount).toBe(4);
    expect(layer('waypoints')?.features.map((f) => f.properties.name)).toContain('กาดหลวง "ตลาด" & <ร้าน>');
    expect(layer('tracks')?.featureCount).toBe(1);
    expect(layer('track_points')?.featureCount).toBe(line.length);
    expect(layer('tracks')?.features[0]?.geometry.coordinates).toEqual([line.map(rounded)]);
  }, 20_000);
});
