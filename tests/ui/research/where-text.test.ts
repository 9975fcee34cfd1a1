import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NamedPlace } from '../../../src/domain/coverage/report';
import type { WaterwayFeature } from '../../../src/domain/schema';
import { meters, type LngLat } from '../../../src/domain/types';
import { addFeatureStrings, createI18n } from '../../../src/i18n';
import en from '../../../src/i18n/locales/research.en.json';
import th from '../../../src/i18n/locales/research.th.json';
import { makeKit } from '../../../src/ui/research/report/kit';
import { chainageRange, formatChainage, nearOnlyText, placeText, stretchText, suggestionWhere, type Words } from '../../../src/ui/research/where-text';

const i18n = createI18n('en');
addFeatureStrings(i18n, 'research', { th, en });
const words = (l: 'th' | 'en'): Words => ({ l, tc: i18n.getFixedT(l) });
const EN = words('en');
const TH = words('th');
const point: LngLat = [98.98765, 18.79123];
const bridge: NamedPlace = { name: { th: 'สะพานระแกง', en: 'Rakaeng bridge' }, distance: meters(120) };
const waterway = (id: string) => ({ 'mae-kha': 'Khlong Mae Kha' })[id] ?? id;

describe('chainage: positions along a waterway', () => {
  it('are written in kilometres with a fixed number of decimals', () => {
    expect(formatChainage('en', 6200)).toBe('6.20');
    expect(formatChainage('th', 6210)).toBe('6.21');
    expect(formatChainage('en', 0)).toBe('0.00');
    expect(formatChainage('en', 12345, 3)).toBe('12.345');
  });

  it('give a stretch two different ends, to the metre when 10 m would not tell them apart', () => {
    expect(chainageRange('en', 6210, 6240)).toEqual(['6.21', '6.24']);
    expect(chainageRange('en', 6215, 6219)).toEqual(['6.215', '6.219']);
  });

  it('never give a stretch of a metre or more the same two ends', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 30_000, noNaN: true }), fc.double({ min: 1, max: 5_000, noNaN: true }), fc.constantFrom('th' as const, 'en' as const), (from, length, l) => {
        const [a, b] = chainageRange(l, from, from + length);
        expect(a).not.toBe(b);
      }),
    );
  });
});

describe('stretchText: a gap as the panel and the report write it', () => {
  it('gives the ends and the length (a 30 m gap no longer reads "6.2 km – 6.2 km")', () => {
    expect(stretchText(EN, 6210, 6240, 30)).toBe('km 6.21–6.24 (30 m)');
    expect(stretchText(TH, 6210, 6240, 30)).toBe('ช่วง กม. 6.21–6.24 (ยาว 30 ม.)');
  });

  it('gives a short length to the metre and a long one in kilometres', () => {
    expect(stretchText(EN, 1188, 1213, 25)).toBe('km 1.19–1.21 (25 m)');
    expect(stretchText(EN, 9313, 14209, 4896)).toBe('km 9.31–14.21 (4.9 km)');
    expect(stretchText(TH, 7838, 7888, 50)).toBe('ช่วง กม. 7.84–7.89 (ยาว 50 ม.)');
  });

  it('writes a stretch with no length as one position', () => {
    expect(stretchText(EN, 500, 500, 0)).toBe('km 0.50 (0 m)');
    expect(stretchText(TH, 500, 500, 0)).toBe('ที่ กม. 0.50 (ยาว 0 ม.)');
  });

  it('is what the printed report writes', () => {
    const kit = makeKit([{ l: 'th', t: i18n.getFixedT('th', 'research', 'report'), tc: TH.tc }], [] as WaterwayFeature[]);
    expect(kit.stretch(kit.langs[0]!, 1188, 1213, 25)).toBe(stretchText(TH, 1188, 1213, 25));
    expect(kit.place(kit.langs[0]!, null, point)).toBe(placeText(TH, null, point));
  });
});

describe('places', () => {
  it('name the nearest place with its distance, or give the coordinates', () => {
    expect(placeText(EN, bridge, point)).toBe('near Rakaeng bridge (120 m)');
    expect(placeText(TH, bridge, point)).toBe('ใกล้สะพานระแกง (120 ม.)');
    expect(placeText(EN, null, point)).toBe('18.79123, 98.98765 (no named place within 400 m)');
    expect(nearOnlyText(TH, null)).toBe('ไม่มีสถานที่ที่มีชื่อในรัศมี 400 ม.');
  });
});

describe('suggestionWhere: where a suggested site lies', () => {
  const on = { waterway: 'mae-kha', along: meters(6210), distance: meters(12) };
  it('gives the waterway, the kilometre and the nearest named place', () => {
    expect(suggestionWhere(EN, waterway, { on, near: { th: bridge, en: bridge }, point }, false)).toBe('on the Khlong Mae Kha at km 6.21, near Rakaeng bridge (120 m)');
    expect(suggestionWhere(TH, waterway, { on, near: { th: bridge, en: bridge }, point }, false)).toBe('อยู่บน Khlong Mae Kha ที่ กม. 6.21 ใกล้สะพานระแกง (120 ม.)');
  });

  it('gives the coordinates when no place is named near, unless the sentence already gives them', () => {
    const s = { on, near: { th: null, en: null }, point };
    expect(suggestionWhere(EN, waterway, s, false)).toBe('on the Khlong Mae Kha at km 6.21, 18.79123, 98.98765 (no named place within 400 m)');
    expect(suggestionWhere(EN, waterway, s, true)).toBe('on the Khlong Mae Kha at km 6.21, no named place within 400 m');
  });

  it('says how far off the waterway a site lies', () => {
    const off = { ...on, distance: meters(45) };
    expect(suggestionWhere(EN, waterway, { on: off, near: { th: bridge, en: bridge }, point }, true)).toBe('50 m from the Khlong Mae Kha at km 6.21, near Rakaeng bridge (120 m)');
  });
});
