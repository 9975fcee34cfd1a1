// @vitest-environment node
import { describe, expect, it } from 'vitest';
import sitesJson from '../../data/sites.geojson';
import { loadFeatures } from '../../src/domain/load';
import { SiteFeature } from '../../src/domain/schema';
import { makeSite } from '../fixtures/site';
import { buildSearchIndex, normalizeLatin, normalizeThai, searchSites } from '../../src/domain/search';

function site(id: string, th: string, en: string, summaryTh = 'สรุป', summaryEn = 'Summary', code?: string): SiteFeature {
  return makeSite(id, { name: { th, en }, summary: { th: summaryTh, en: summaryEn }, ...(code ? { code } : {}) });
}

const ids = (index: ReturnType<typeof buildSearchIndex>, q: string) => searchSites(index, q).map((h) => h.id);

describe('normalizeThai', () => {
  it('drops tone and above marks, zero-width chars and spaces; folds digits and sara am', () => {
    expect(normalizeThai('คลอง แม่ข่า ๒')).toBe('คลองแมขา2');
    expect(normalizeThai('แจ่ง\u200Bก๊ะต๊ำ')).toBe(normalizeThai('แจงกะตำ'));
    expect(normalizeThai('น\u0E4D\u0E32')).toBe(normalizeThai('นำ'));
    expect(normalizeThai('น\u0E4D\u0E49\u0E32')).toBe(normalizeThai('น้ำ'));
    expect(normalizeThai('เล็ก การ์ตูน')).toBe('เลกการตูน');
  });
});

describe('normalizeLatin', () => {
  it('is case-, diacritic-, punctuation- and space-insensitive', () => {
    expect(normalizeLatin('Warorót')).toBe('warorot');
    expect(normalizeLatin("Sri Don-Chai's")).toBe(normalizeLatin('sridonchais'));
    expect(normalizeLatin('Hai Ya')).toBe(normalizeLatin('Haiya'));
  });

  it.each([
    ['Ragang', 'Rakaeng'],
    ['Sridonchai', 'Sri Don Chai'],
    ['Si Don Chai', 'sri-don-chai'],
    ['Kad Kom', 'Kat Kom'],
    ['Kadkom', 'Kat Kom'],
    ['Pa Daed', 'Pa Daet'],
    ['Kad Luang', 'Kat Luang'],
    ['Huay Kaew', 'Huai Kaeo'],
    ['Huaykaew', 'Huai Kaeo'],
    ['Sri Phum', 'Si Phum'],
    ['Chaeng Si Phum', 'Jaeng Sri Phum'],
  ])('folds %s and %s to one key', (a, b) => {
    expect(normalizeLatin(a)).toBe(normalizeLatin(b));
  });
});

describe('searchSites', () => {
  const index = buildSearchIndex([
    site('khlong', 'คลองแม่ข่า', 'Mae Kha canal'),
    site('ton-lamyai', 'ตลาดต้นลำไย', 'Ton Lamyai Market'),
    site('warorot', 'ตลาดวโรรส (กาดหลวง)', 'Warorot Market (Kad Luang)'),
    site('pump-6', 'สถานีสูบน้ำที่ ๖', 'Pumping station 6'),
    site('ragang', 'สะพานระแกง', 'Ragang bridge'),
    site('sdc', 'สะพานศรีดอนไชย', 'Sridonchai bridge', 'สรุป', 'Summary', 'MK06'),
    site('kat-kom', 'กาดก้อม', 'Kat Kom market'),
    site('huay-kaew', 'น้ำตกห้วยแก้ว', 'Huay Kaew Waterfall'),
  ]);

  it('matches Thai inside words without spaces', () => {
    expect(ids(index, 'แม่ข่า')).toEqual(['khlong']);
    expect(ids(index, 'ตลาดวโรรส')).toEqual(['warorot']);
    expect(ids(index, 'กาดหลวง')).toEqual(['warorot']);
    expect(ids(index, 'ลาดวโร')).toEqual(['warorot']);
  });

  it('matches Thai typed without tone marks', () => {
    expect(ids(index, 'แมขา')).toEqual(['khlong']);
    expect(ids(index, 'ตลาดตนลำไย')).toEqual(['ton-lamyai']);
    expect(ids(index, 'หวยแกว')).toEqual(['huay-kaew']);
  });

  it('folds Thai digits both ways', () => {
    expect(ids(index, 'ที่ 6')).toEqual(['pump-6']);
    expect(ids(index, '๖')).toEqual(['pump-6']);
  });

  it('matches English case- and diacritic-insensitively, and by code', () => {
    expect(ids(index, 'WAROROT')).toEqual(['warorot']);
    expect(ids(index, 'Warorót')).toEqual(['warorot']);
    expect(ids(index, 'mk06')).toEqual(['sdc']);
    expect(searchSites(index, 'lamyai')[0]).toMatchObject({ id: 'ton-lamyai', field: 'name', lang: 'en' });
  });

  it.each([
    ['Rakaeng', 'ragang'],
    ['Ragang', 'ragang'],
    ['Sri Don Chai', 'sdc'],
    ['si don chai', 'sdc'],
    ['Kad Kom', 'kat-kom'],
    ['Kat Luang', 'warorot'],
    ['Huai Kaeo', 'huay-kaew'],
  ])('finds spelling variant %s', (q, id) => {
    expect(ids(index, q)).toEqual([id]);
  });

  it('ranks name prefix > name substring > summary, then shorter names, then id', () => {
    const ranked = buildSearchIndex([
      site('d-summary', 'ก', 'Other', 'สรุป', 'About the canal'),
      site('c-inside', 'ข', 'Old canal walk'),
      site('b-prefix-long', 'ค', 'Canal walk and gardens'),
      site('a-prefix', 'ง', 'Canal walk'),
      site('z-prefix', 'จ', 'Canal path'),
    ]);
    expect(searchSites(ranked, 'canal').map((h) => [h.id, h.field])).toEqual([
      ['a-prefix', 'name'],
      ['z-prefix', 'name'],
      ['b-prefix-long', 'name'],
      ['c-inside', 'name'],
      ['d-summary', 'summary'],
    ]);
    expect(searchSites(ranked, 'canal').every((h, i, a) => i === 0 || a[i - 1]!.score >= h.score)).toBe(true);
  });

  it('returns nothing for blank or mark-only queries', () => {
    expect(searchSites(index, '')).toEqual([]);
    expect(searchSites(index, '  \u200B ')).toEqual([]);
    expect(searchSites(index, '\u0E48')).toEqual([]);
    expect(searchSites(index, ' - ')).toEqual([]);
  });

  it('limits results (default 8)', () => {
    const many = buildSearchIndex(Array.from({ length: 12 }, (_, i) => site(`s${i}`, `สะพาน${i}`, `Bridge ${i}`)));
    expect(searchSites(many, 'bridge')).toHaveLength(8);
    expect(searchSites(many, 'สะพาน', { limit: 3 }).map((h) => h.id)).toEqual(['s0', 's1', 's2']);
    expect(searchSites(many, 'bridge', { limit: 0 })).toEqual([]);
  });
});

describe('searchSites over data/sites.geojson', () => {
  const { value: sites, issues } = loadFeatures(sitesJson, SiteFeature, 'sites.geojson');
  const index = buildSearchIndex(sites);
  const nameTh = new Map(sites.map((s) => [s.properties.id, s.properties.name.th]));

  it('loads cleanly', () => {
    expect(issues).toEqual([]);
  });

  it.each([
    ['ระแกง', 'rakaeng-bridge'],
    ['Ragang', 'rakaeng-bridge'],
    ['Sridonchai', 'mk06-sri-don-chai-bridge'],
    ['MK06', 'mk06-sri-don-chai-bridge'],
    ['กาดหลวง', 'warorot-market'],
    ['warorot', 'warorot-market'],
    ['Huai Kaeo', 'huay-kaew-waterfall'],
  ])('%s → %s first', (q, id) => {
    expect(searchSites(index, q)[0]?.id).toBe(id);
  });

  it('Kad Kom finds both places the sources name there (the restored walk to Kat Kom, the pumping station and market)', () => {
    expect(searchSites(index, 'Kad Kom').slice(0, 2).map((r) => r.id).sort()).toEqual(['phase-1-promenade', 'pumping-station-6-kat-kom']);
  });

  it('แมขา finds Mae Kha sites first', () => {
    const hits = searchSites(index, 'แมขา');
    expect(hits.length).toBeGreaterThan(1);
    expect(nameTh.get(hits[0]!.id)).toContain('แม่ข่า');
  });
});
