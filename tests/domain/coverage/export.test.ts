// @vitest-environment node
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../../src/domain/coverage/compute';
import { coverageToCsv, coverageToGeoJSON, CSV_HEADER, csvField } from '../../../src/domain/coverage/export';
import { DEFAULT_PARAMS, parseParams } from '../../../src/domain/coverage/params';
import { runRecordJSON, sha256Hex } from '../../../src/domain/coverage/run-record';
import { sampleWaterways } from '../../../src/domain/coverage/sample';
import { meters } from '../../../src/domain/types';
import { ogrRead } from '../../fixtures/gdal';
import { rfc7946Issues } from '../../fixtures/rfc7946';
import { bankPath, line, network, straightCanal } from './canal';

const half = line([
  [0, 5],
  [700, 5],
]);
const net = network([half], { mid: [300, 5] });
const samples = sampleWaterways([straightCanal], 25);
const cov = computeCoverage(net, samples, net.anchors, { threshold: meters(200), maxSnap: meters(100) });
const csv = coverageToCsv(cov);
const geo = coverageToGeoJSON(cov, [straightCanal]);

describe('coverageToCsv', () => {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('parses back with papaparse to the same numbers', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_HEADER]);
    expect(parsed.data).toHaveLength(samples.length);
    parsed.data.forEach((row, i) => {
      const [s, r] = [samples[i]!, cov.results[i]!];
      expect(row.waterway).toBe('canal');
      expect(Number(row.along_m)).toBeCloseTo(s.along, 1);
      expect(Number(row.lon)).toBeCloseTo(s.point[0], 7);
      expect(Number(row.lat)).toBeCloseTo(s.point[1], 7);
      expect(row.distance_m === '' ? Infinity : Number(row.distance_m)).toBeCloseTo(r.distance, 1);
      expect(row.covered).toBe(String(r.covered));
      expect(row.nearest_site_id).toBe(r.site >= 0 ? 'mid' : '');
    });
  });

  it('writes an unmeasured distance (off the network) as an empty field, and rounds to 0.1 m', () => {
    expect(parsed.data.at(-1)).toMatchObject({ distance_m: '', nearest_site_id: '', covered: 'false' });
    expect(parsed.data.every((r) => /^(\d+(\.\d)?)?$/.test(r.distance_m!))).toBe(true);
  });

  it('quotes fields as RFC 4180 says, with CRLF line ends', () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('ลำคู\nเมือง')).toBe('"ลำคู\nเมือง"');
    expect(csvField('plain')).toBe('plain');
    expect(csv.split('\r\n')[0]).toBe(CSV_HEADER.join(','));
  });

  it('opens in GDAL', async () => {
    const { driver, layers } = await ogrRead('samples.csv', csv);
    expect(driver).toBe('CSV');
    expect(layers[0]?.featureCount).toBe(samples.length);
  });
});

describe('coverageToGeoJSON', () => {
  it('follows RFC 7946: lon/lat order, no crs', () => {
    expect(rfc7946Issues(geo)).toEqual([]);
    expect('crs' in geo).toBe(false);
    const positions = geo.features.flatMap((f) => f.geometry.coordinates);
    expect(positions.every(([lng, lat]) => lng! > 98.9 && lng! < 99.1 && lat! > 18.7 && lat! < 18.9)).toBe(true);
  });

  it('alternates gap and covered stretches that tile the canal', () => {
    expect(geo.features.map((f) => f.properties.kind)).toEqual(['gap', 'covered', 'gap']);
    const lengths = geo.features.map((f) => f.properties.length_m);
    expect(lengths.reduce((a, b) => a + b, 0)).toBeCloseTo(1000, 0);
    geo.features.forEach((f, i) => i > 0 && expect(f.properties.from_m).toBe(geo.features[i - 1]!.properties.to_m));
    expect(geo.features[1]!.properties.length_m).toBeCloseTo(cov.total.covered, 0);
  });

  it('opens in GDAL with its fields', async () => {
    const { driver, layers } = await ogrRead('stretches.geojson', JSON.stringify(geo));
    expect(driver).toBe('GeoJSON');
    expect(layers[0]?.featureCount).toBe(geo.features.length);
    expect(layers[0]?.fields.map((f) => f.name)).toEqual(['waterway', 'kind', 'from_m', 'to_m', 'length_m']);
  });

  it('leaves the canal untouched by a fully covered run: one covered stretch', () => {
    const full = network([bankPath], { mid: [500, 5] });
    const all = computeCoverage(full, samples, full.anchors, { threshold: meters(1500) });
    expect(coverageToGeoJSON(all, [straightCanal]).features.map((f) => f.properties.kind)).toEqual(['covered']);
  });
});

describe('runRecordJSON', () => {
  const record = {
    app: { name: 'Mae Kha Learning Map', version: '0.1.0' },
    dataVersion: 'abc123',
    createdAt: '2026-12-01T03:00:00.000Z',
    params: DEFAULT_PARAMS,
    whatIf: [[98.99, 18.79]] as [number, number][],
    imports: { sites: { name: 'mine.csv', bytes: 120, sha256: 'ab'.repeat(32), mode: 'extend' as const, used: 3, refused: 1 }, network: null },
    link: 'https://example.org/?panel=research',
  };
  it('holds every input of the run, and its parameters read back through the parameters schema', () => {
    const back = JSON.parse(runRecordJSON(record));
    expect(back).toEqual({ format: 'mae-kha-coverage-run', version: 1, ...record });
    expect(parseParams(back.params)).toEqual({ ok: true, params: DEFAULT_PARAMS });
  });
  it('hashes bytes as SHA-256 hex', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
