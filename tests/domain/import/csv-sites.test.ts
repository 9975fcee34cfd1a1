import { describe, expect, it } from 'vitest';
import { importSitesCsv, type CsvSitesImported } from '../../../src/domain/import/csv-sites';
import type { ImportFailed } from '../../../src/domain/import/types';
import { readImportFixture } from '../../fixtures/import/read';

function ok(r: CsvSitesImported | ImportFailed): CsvSitesImported {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.key}`);
  return r;
}
const errorKey = (r: CsvSitesImported | ImportFailed) => (r.ok ? 'ok' : r.error.key);

describe('importSitesCsv: the example files', () => {
  it('reads a comma CSV with Thai names, a BOM and CRLF line ends', () => {
    const text = readImportFixture('comma-thai.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const r = ok(importSitesCsv(text, { filename: 'comma-thai.csv' }));
    expect(r.issues).toEqual([]);
    expect(r.delimiter).toBe(',');
    expect(r.sites.map((s) => s.id)).toEqual(['wat-lok-molee', 'warorot-market-kad-luang', 'ta-phae']);
    expect(r.sites[0]).toEqual({
      id: 'wat-lok-molee',
      name: { th: 'วัดโลกโมฬี', en: 'Wat Lok Molee' },
      point: [98.9818, 18.7958],
      category: 'learning',
      themes: ['history', 'culture'],
      status: 'verified',
      source: 'Imported: comma-thai.csv',
      line: 2,
    });
    expect(r.sites[1]!.name.en).toBe('Warorot Market, Kad Luang');
    expect(r.sites[1]!.themes).toEqual(['food', 'economy']);
    expect(r.sites[2]).toMatchObject({ category: 'learning', themes: ['history'], status: 'candidate' });
  });

  it('reads a tab CSV with longitude before latitude, one name for both languages', () => {
    const r = ok(importSitesCsv(readImportFixture('tab-reversed.tsv')));
    expect(r.delimiter).toBe('\t');
    expect(r.columns.lat).toEqual({ index: 1, header: 'Latitude' });
    expect(r.columns.lon).toEqual({ index: 0, header: 'Longitude' });
    expect(r.sites.map((s) => s.point)).toEqual([[98.9818, 18.7958], [99.0003, 18.7905]]);
    expect(r.sites[0]!.name).toEqual({ th: 'วัดโลกโมฬี', en: 'วัดโลกโมฬี' });
    expect(r.sites.map((s) => s.id)).toEqual(['import-2', 'import-3']);
  });

  it('reads a semicolon CSV with Thai headers and decimal commas', () => {
    const r = ok(importSitesCsv(readImportFixture('semicolon-decimal-comma.csv')));
    expect(r).toMatchObject({ delimiter: ';', decimalComma: true, issues: [] });
    expect(r.sites.map((s) => s.point)).toEqual([[98.9866, 18.787], [98.9934, 18.7877]]);
    expect(r.sites[1]!.name.th).toBe('ประตูท่าแพ; ทางเข้าเมือง');
  });

  it('refuses a file in UTM metres and says so', () => {
    const r = importSitesCsv(readImportFixture('utm.csv'));
    expect(r).toEqual({ ok: false, error: { key: 'import.issue.allUtm', values: { count: 2, x: 498100, y: 2078700 } } });
  });

  it('swaps latitude and longitude back when every row has them swapped', () => {
    const r = ok(importSitesCsv(readImportFixture('swapped.csv')));
    expect(r.swapped).toBe(true);
    expect(r.issues).toEqual([{ key: 'import.issue.axesSwapped', values: { count: 2 }, effect: 'kept' }]);
    expect(r.sites.map((s) => s.point)).toEqual([[98.9818, 18.7958], [99.0003, 18.7905]]);
  });

  it('names each bad row with its exact line (blank lines and multi-line fields counted)', () => {
    const r = ok(importSitesCsv(readImportFixture('bad-rows.csv')));
    expect(r.issues.map((i) => [i.line, i.key, i.effect])).toEqual([
      [4, 'import.issue.missingCoordinates', 'skipped'],
      [5, 'import.issue.notNumber', 'skipped'],
      [6, 'import.issue.latOutOfRange', 'skipped'],
      [7, 'import.issue.swapped', 'skipped'],
      [8, 'import.issue.utm', 'skipped'],
      [9, 'import.issue.outsideThailand', 'skipped'],
      [10, 'import.issue.outsideStudyArea', 'kept'],
      [11, 'import.issue.duplicateId', 'kept'],
      [11, 'import.issue.unknownCategory', 'kept'],
      [13, 'import.issue.nameMissing', 'kept'],
      [14, 'import.issue.malformedRow', 'skipped'],
    ]);
    expect(r.issues[10]!.values).toEqual({ lastLine: 14 });
    expect(r.issues[1]!.values).toEqual({ field: 'lat', value: "18°47'N" });
    expect(r.issues[4]!.values).toEqual({ x: 498000, y: 2078000 });
    expect(r.issues[6]!.values).toEqual({ lat: 13.75, lon: 100.5, km: 565 });
    expect(r.sites.map((s) => [s.line, s.id])).toEqual([[2, 'ok-1'], [10, 'bkk'], [11, 'multi-line-name'], [13, 'import-13']]);
  });
});

describe('importSitesCsv: the file as a whole', () => {
  it.each([
    ['', 'import.issue.empty'],
    ['\uFEFF \n\n', 'import.issue.empty'],
    ['18.79,98.99\n18.78,98.98', 'import.issue.noHeader'],
    ['name,easting,northing\nA,1,2', 'import.issue.noCoordinateColumns'],
    ['name,lat,lon\n\n', 'import.issue.noDataRows'],
  ])('%j fails with %s', (text, key) => {
    expect(errorKey(importSitesCsv(text))).toBe(key);
  });

  it('lists the columns it found when there are no coordinate columns', () => {
    expect(importSitesCsv('name,lat,where\nA,18.7,x')).toEqual({
      ok: false,
      error: { key: 'import.issue.noCoordinateColumns', values: { columns: 'name, lat, where', missing: 'lon' } },
    });
  });

  it('refuses text over the size limit before parsing it', () => {
    const big = `name,lat,lon\n${'x'.repeat(5 * 1024 * 1024)}`;
    expect(errorKey(importSitesCsv(big))).toBe('import.issue.tooLarge');
  });

  it.each([
    ['lat,lon', false],
    ['LON,LAT', true],
    ['y,x', false],
    ['Latitude,lng', false],
    ['long,latitude', true],
    ['ละติจูด,ลองจิจูด', false],
  ])('detects %s (swapped back: %s)', (header, swapped) => {
    // With longitude first, 98.99 lands in the latitude column: every row swapped, then fixed.
    const r = ok(importSitesCsv(`${header},name\n18.79,98.99,A`));
    expect(r.sites.map((s) => s.point)).toEqual([[98.99, 18.79]]);
    expect(r.swapped).toBe(swapped);
  });

  it('says how far an unclosed quote swallowed the file', () => {
    const r = ok(importSitesCsv('name,lat,lon\nA,18.79,98.99\n"B,18.78,98.98\nC,18.77,98.97\n'));
    expect(r.sites).toHaveLength(1);
    expect(r.issues).toEqual([
      { key: 'import.issue.malformedRow', values: { lastLine: 4 }, effect: 'skipped', line: 3, detail: 'Quoted field unterminated' },
    ]);
  });

  it('does not read decimal commas in a comma-delimited file', () => {
    const r = ok(importSitesCsv('name,lat,lon\nA,"18,79","98,99"'));
    expect(r.issues[0]).toMatchObject({ key: 'import.issue.notNumber', line: 2, values: { field: 'lat', value: '18,79' } });
  });

  it('warns once when there is no name column, and names sites by id', () => {
    const r = ok(importSitesCsv('id,lat,lon\nWell 1,18.79,98.99'));
    expect(r.issues).toEqual([{ key: 'import.issue.noNameColumn', values: {}, effect: 'kept' }]);
    expect(r.sites[0]).toMatchObject({ id: 'well-1', name: { th: 'well-1', en: 'well-1' } });
  });

  it('skips points outside the study area on request and claims the study area as bounds', () => {
    const r = ok(importSitesCsv('name,lat,lon\nBangkok,13.75,100.5\nA,18.79,98.99', { outsideStudyArea: 'skip' }));
    expect(r.sites.map((s) => s.name.en)).toEqual(['A']);
    expect(r.issues[0]).toMatchObject({ key: 'import.issue.outsideStudyArea', effect: 'skipped', line: 2 });
    expect(r.bounds).toEqual([98.85, 18.65, 99.1, 18.9]);
  });

  it('never hands out a reserved or repeated id', () => {
    const r = ok(importSitesCsv('name,lat,lon\nWarorot,18.79,98.99\nWarorot,18.78,98.99', { reservedIds: ['warorot'] }));
    expect(r.sites.map((s) => s.id)).toEqual(['import-2', 'import-3']);
  });

  it('names unknown themes and statuses but keeps the site', () => {
    const r = ok(importSitesCsv('name,lat,lon,themes,status\nA,18.79,98.99,water|boats,maybe'));
    expect(r.sites[0]).toMatchObject({ themes: ['water'], status: 'candidate' });
    expect(r.issues.map((i) => [i.key, i.values.value])).toEqual([
      ['import.issue.unknownTheme', 'boats'],
      ['import.issue.unknownStatus', 'maybe'],
    ]);
  });
});
