import { describe, expect, it } from 'vitest';
import { locate, parseCoordinate } from '../../../src/domain/import/coordinates';
import { parseJson } from '../../../src/domain/import/json';
import { checkSize, MAX_IMPORT_BYTES, utf8Length } from '../../../src/domain/import/size';
import { slugify } from '../../../src/domain/import/slug';

describe('parseCoordinate', () => {
  it.each([
    ['18.788', false, 18.788],
    [' -0.5 ', false, -0.5],
    ['\u221298.9', false, -98.9],
    ['1e2', false, 100],
    ['18,788', true, 18.788],
    ['18,788', false, null],
    ['1,234.5', true, null],
    ['NaN', false, null],
    ['Infinity', false, null],
    ['1e999', false, null],
    ['0x12', false, null],
    ["18°47'N", false, null],
    ['', false, null],
  ])('%j (decimal comma %s) → %s', (raw, comma, expected) => {
    expect(parseCoordinate(raw, comma)).toBe(expected);
  });
});

describe('locate', () => {
  it.each([
    [18.79, 98.99, 'inside'],
    [18.95, 98.99, 'outsideStudyArea'],
    [98.99, 18.79, 'swapped'],
    [2078000, 498000, 'utm'],
    [498000, 2078000, 'utm'],
    [95, 98.99, 'latOutOfRange'],
    [18.79, 200, 'lonOutOfRange'],
    [35.68, 139.69, 'outsideThailand'],
    [0, 0, 'outsideThailand'],
  ])('(%s, %s) is %s', (lat, lon, kind) => {
    expect(locate(lat, lon).kind).toBe(kind);
  });

  it('gives the corrected point of a swapped pair', () => {
    expect(locate(98.99, 18.79)).toEqual({ kind: 'swapped', point: [98.99, 18.79] });
  });
});

describe('size', () => {
  it('accepts the limit and refuses one byte more, in megabytes', () => {
    expect(checkSize(MAX_IMPORT_BYTES)).toEqual({ ok: true });
    expect(checkSize(MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, error: { key: 'import.issue.tooLarge', values: { size: 5, limit: 5 } } });
    expect(checkSize(Number.NaN).ok).toBe(false);
  });

  it('counts UTF-8 bytes', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('ก')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('วัดโลกโมฬี')).toBe(new TextEncoder().encode('วัดโลกโมฬี').length);
  });
});

describe('slugify', () => {
  it.each([
    ['Wat Chedi Luang', 'wat-chedi-luang'],
    ['  Café  Ñandú! ', 'cafe-nandu'],
    ['วัดโลกโมฬี', ''],
    ['MK01', 'mk01'],
  ])('%j → %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('parseJson', () => {
  it('names the line and column of a syntax error', () => {
    const r = parseJson('{\n  "type": "Point",\n  "coordinates": [1, 2],\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ key: 'import.issue.jsonSyntaxAt', values: { line: 4, column: 1 } });
  });

  it('points at the end of a truncated file', () => {
    const r = parseJson('[1, 2');
    expect(r.ok ? null : r.error).toMatchObject({ key: 'import.issue.jsonSyntaxAt', values: { line: 1, column: 6 } });
  });

  it('says empty for a blank file', () => {
    expect(parseJson(' \n')).toEqual({ ok: false, error: { key: 'import.issue.empty', values: {} } });
  });
});
