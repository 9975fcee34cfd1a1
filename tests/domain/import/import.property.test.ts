/**
 * Thousands of malformed inputs into every importer: never a thrown exception; either a named
 * error, or sites and lines that keep the promises of the result, with named issues.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { insideBbox, THAILAND } from '../../../src/domain/import/bounds';
import { importSitesCsv } from '../../../src/domain/import/csv-sites';
import { importNetworkGeojson, networkFromGeojson, type NetworkImported } from '../../../src/domain/import/geojson-network';
import { importSitesGeojson, sitesFromGeojson } from '../../../src/domain/import/geojson-sites';
import { IMPORT_ISSUE_KEYS, type ImportError, type ImportIssue } from '../../../src/domain/import/issues';
import type { ImportFailed, SitesImported } from '../../../src/domain/import/types';
import { buildGraph } from '../../../src/domain/network/graph';

const KEYS = new Set<string>(IMPORT_ISSUE_KEYS);
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const RUNS = { numRuns: 2000 };

function expectNamed(e: ImportError | ImportIssue): void {
  expect(KEYS.has(e.key), e.key).toBe(true);
  for (const v of Object.values(e.values)) expect(typeof v === 'string' || Number.isFinite(v)).toBe(true);
}

function expectSites(r: SitesImported | ImportFailed, origin: 'line' | 'feature'): void {
  if (!r.ok) return expectNamed(r.error);
  r.issues.forEach(expectNamed);
  const ids = new Set<string>();
  const skipped = new Set(r.issues.filter((i) => i.effect === 'skipped' && i.part === undefined).map((i) => i[origin]));
  for (const s of r.sites) {
    expect(Number.isFinite(s.point[0]) && Number.isFinite(s.point[1])).toBe(true);
    expect(insideBbox(s.point, r.bounds)).toBe(true);
    expect(s.id).toMatch(SLUG);
    expect(ids.has(s.id)).toBe(false);
    ids.add(s.id);
    expect(s.name.th.trim() !== '' && s.name.en.trim() !== '').toBe(true);
    expect(skipped.has(s[origin])).toBe(false);
  }
}

function expectNetwork(r: NetworkImported | ImportFailed): void {
  if (!r.ok) return expectNamed(r.error);
  r.issues.forEach(expectNamed);
  expect(r.counts.kept + r.counts.skipped).toBe(r.counts.features);
  expect(r.network.features).toHaveLength(r.counts.kept);
  expect(Number.isFinite(r.length) && r.length >= 0).toBe(true);
  for (const f of r.network.features) {
    const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.length).toBeGreaterThanOrEqual(2);
      for (const p of line) expect(insideBbox(p as [number, number], THAILAND)).toBe(true);
    }
  }
  expect(buildGraph(r.network).stats.skipped).toBe(0);
}

/* ---------------------------------------------------------------- CSV-ish text */

const thai = fc.string({ unit: fc.constantFrom('ก', 'ข', 'ค', 'ั', 'ี', '่', '้', 'โ', 'ฬ', '๑', ' ', 'ชื่อ') });
const coordinateText = fc.oneof(
  fc.double().map(String),
  fc.double({ min: 18.65, max: 18.9, noNaN: true }).map((n) => n.toFixed(5)),
  fc.double({ min: 98.85, max: 99.1, noNaN: true }).map((n) => n.toFixed(5)),
  fc.tuple(fc.double({ min: 5, max: 106, noNaN: true }), fc.constantFrom('.', ',')).map(([n, point]) => n.toFixed(3).replace('.', point)),
  fc.integer({ min: 100_000, max: 3_000_000 }).map(String),
  fc.constantFrom('NaN', 'Infinity', '-', '.', '1e999', '0x10', '18°47′N', '', ' ', '\u221218.8', '1,234.5'),
);
const cell = fc.oneof(
  coordinateText,
  thai,
  fc.string(),
  fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r\n', '\uFEFF', 'learning', 'water|food;x', 'verified', 'a"b'),
);
const header = fc.oneof(
  fc.constantFrom('lat', 'lon', 'LAT', ' Longitude ', 'lng', 'long', 'x', 'y', 'ละติจูด', 'ลองจิจูด', 'name', 'name_th', 'name:en', 'ชื่อ', 'id', 'category', 'themes', 'status'),
  cell,
);
const quoteCell = (text: string, quote: boolean) => (quote ? `"${text.replaceAll('"', '""')}"` : text);
const layout = { bom: fc.boolean(), delimiter: fc.constantFrom(',', '\t', ';', '|'), newline: fc.constantFrom('\n', '\r\n', '\r') };
const join = (bom: boolean, delimiter: string, newline: string, lines: string[][]) => (bom ? '\uFEFF' : '') + lines.map((l) => l.join(delimiter)).join(newline);

/** Any grid of cells under a random header. */
const csvGrid = fc
  .record({
    ...layout,
    rows: fc.array(fc.array(fc.record({ text: cell, quote: fc.boolean() }), { maxLength: 7 }), { maxLength: 8 }),
    head: fc.array(header, { minLength: 1, maxLength: 7 }),
  })
  .map(({ bom, delimiter, newline, rows, head }) => join(bom, delimiter, newline, [head, ...rows.map((r) => r.map((c) => quoteCell(c.text, c.quote)))]));

/** Mostly plausible files: coordinate columns present, most values near the canal, some broken. */
const degrees = (min: number, max: number) =>
  fc.tuple(fc.double({ min, max, noNaN: true }), fc.integer({ min: 0, max: 8 })).map(([n, digits]) => n.toFixed(digits));
const csvPlausible = fc
  .record({
    ...layout,
    latHeader: fc.constantFrom('lat', 'Latitude', 'y', 'ละติจูด', 'LAT'),
    lonHeader: fc.constantFrom('lon', 'lng', 'long', 'Longitude', 'x', 'ลองจิจูด'),
    lonFirst: fc.boolean(),
    swapAll: fc.boolean(),
    decimalComma: fc.boolean(),
    extra: fc.array(header, { maxLength: 3 }),
    rows: fc.array(
      fc.record({
        lat: fc.oneof({ arbitrary: degrees(18.6, 18.95), weight: 6 }, { arbitrary: coordinateText, weight: 1 }),
        lon: fc.oneof({ arbitrary: degrees(98.8, 99.15), weight: 6 }, { arbitrary: coordinateText, weight: 1 }),
        extra: fc.array(fc.oneof(thai, cell), { maxLength: 4 }),
        quote: fc.boolean(),
      }),
      { maxLength: 10 },
    ),
  })
  .map(({ bom, delimiter, newline, latHeader, lonHeader, lonFirst, swapAll, decimalComma, extra, rows }) => {
    const head = lonFirst ? [lonHeader, latHeader, ...extra] : [latHeader, lonHeader, ...extra];
    const lines = rows.map((r) => {
      const [a, b] = swapAll ? [r.lon, r.lat] : [r.lat, r.lon];
      const pair = (lonFirst ? [b, a] : [a, b]).map((v) => (decimalComma && delimiter !== ',' ? v.replace('.', ',') : v));
      return [...pair, ...r.extra].map((c) => quoteCell(c, r.quote));
    });
    return join(bom, delimiter, newline, [head, ...lines]);
  });
const csvText = fc.oneof(csvGrid, csvPlausible);

/* ---------------------------------------------------------------- GeoJSON-like values */

const junk = fc.oneof(fc.double(), fc.string(), fc.constant(null), fc.boolean(), fc.constantFrom(1e308, -1e308, 'NaN', '18.8'), fc.integer());
const position = fc.oneof(
  { arbitrary: fc.tuple(fc.double({ min: 98.95, max: 99.0, noNaN: true }), fc.double({ min: 18.75, max: 18.8, noNaN: true })), weight: 8 },
  { arbitrary: fc.tuple(fc.double({ min: 18, max: 19, noNaN: true }), fc.double({ min: 98, max: 100, noNaN: true })), weight: 1 },
  { arbitrary: fc.tuple(fc.integer({ min: 100_000, max: 900_000 }), fc.integer({ min: 0, max: 3_000_000 })), weight: 1 },
  { arbitrary: fc.tuple(fc.double({ min: 97, max: 106, noNaN: true }), fc.double({ min: 5, max: 21, noNaN: true }), junk), weight: 1 },
  { arbitrary: fc.array(junk, { maxLength: 4 }), weight: 1 },
  { arbitrary: junk, weight: 1 },
);
/** A small pool of shared positions, so lines meet, repeat and retrace themselves. */
const linePositions = fc.array(fc.oneof(position, fc.constantFrom([98.99, 18.78], [98.991, 18.78], [98.991, 18.781])), { maxLength: 6 });
const { coords } = fc.letrec((tie) => ({
  coords: fc.oneof({ depthSize: 'small' }, position, fc.array(tie('coords'), { maxLength: 5 })),
}));
const geometry = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('Point'), coordinates: position }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constant('LineString'), coordinates: linePositions }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constant('MultiLineString'), coordinates: fc.array(linePositions, { maxLength: 3 }) }), weight: 2 },
  {
    arbitrary: fc.record(
      { type: fc.constantFrom('Point', 'LineString', 'MultiLineString', 'Polygon', 'GeometryCollection', 'point', ''), coordinates: coords },
      { requiredKeys: ['type'] },
    ),
    weight: 1,
  },
  { arbitrary: junk, weight: 1 },
);
const propertyKey = fc.constantFrom('name', 'name:th', 'name:en', 'name_th', 'name_en', 'id', 'category', 'themes', 'theme', 'status', 'highway', 'bridge', 'kind', 'stepFree', 'lit', 'shade', 'beside', 'crosses', '__proto__');
const properties = fc.oneof(fc.dictionary(propertyKey, fc.oneof(junk, fc.array(junk, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 }))), junk);
const feature = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('Feature'), geometry, properties }), weight: 6 },
  { arbitrary: fc.record({ type: fc.constantFrom('Feature', 'feature', 'Point'), geometry, properties, id: junk }, { requiredKeys: ['type'] }), weight: 1 },
  { arbitrary: junk, weight: 1 },
);
const crs = fc.record({ type: fc.constant('name'), properties: fc.record({ name: fc.oneof(fc.constantFrom('urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326', 'EPSG:32647'), junk) }) });
const geojsonLike = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(feature, { maxLength: 8 }) }), weight: 6 },
  {
    arbitrary: fc.record(
      { type: fc.constantFrom('FeatureCollection', 'Feature', 'Topology'), features: fc.oneof(fc.array(feature, { maxLength: 6 }), junk), crs },
      { requiredKeys: ['type'] },
    ),
    weight: 1,
  },
  { arbitrary: feature, weight: 1 },
  { arbitrary: geometry, weight: 1 },
  { arbitrary: fc.jsonValue(), weight: 1 },
  { arbitrary: fc.anything(), weight: 1 },
);

/* ---------------------------------------------------------------- the properties */

describe('importSitesCsv never throws', () => {
  test('on random strings', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), thai), (text) => expectSites(importSitesCsv(text), 'line')), RUNS);
  });

  test('on random CSV-ish grids (headers, quotes, delimiters, Thai, odd numbers)', () => {
    fc.assert(fc.property(csvText, (text) => expectSites(importSitesCsv(text, { filename: 'x.csv' }), 'line')), { numRuns: 4000 });
  });

  test('with points outside the study area skipped, all points are inside it', () => {
    fc.assert(fc.property(csvText, (text) => expectSites(importSitesCsv(text, { outsideStudyArea: 'skip' }), 'line')), RUNS);
  });
});

describe('the GeoJSON importers never throw', () => {
  test('sites, on random text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => expectSites(importSitesGeojson(text), 'feature')), RUNS);
  });

  test('sites, on random GeoJSON-like values and their JSON', () => {
    fc.assert(
      fc.property(geojsonLike, (value) => {
        expectSites(sitesFromGeojson(value), 'feature');
        const json = JSON.stringify(value);
        if (json !== undefined) expectSites(importSitesGeojson(json), 'feature');
      }),
      RUNS,
    );
  });

  test('network, on random text', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => expectNetwork(importNetworkGeojson(text))), RUNS);
  });

  test('network, on random GeoJSON-like values and their JSON', () => {
    fc.assert(
      fc.property(geojsonLike, (value) => {
        expectNetwork(networkFromGeojson(value));
        const json = JSON.stringify(value);
        if (json !== undefined) expectNetwork(importNetworkGeojson(json));
      }),
      RUNS,
    );
  });

  test('deeply nested arrays', () => {
    const deep = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) as unknown;
    for (const value of [deep, { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: deep } }] }]) {
      expectSites(sitesFromGeojson(value), 'feature');
      expectNetwork(networkFromGeojson(value));
    }
  });
});
