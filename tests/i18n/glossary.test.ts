// @vitest-environment node
/**
 * The glossary (src/i18n/glossary.json) held against every string the app shows: the interface
 * strings in both languages and every bilingual text in data/. A word the glossary says not to use
 * fails here with where it stands; so do Thai dates in the wrong order and Thai set without the
 * spaces Thai editors put around numbers and Latin words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import glossary from '../../src/i18n/glossary.json';

type Lang = 'th' | 'en';
type Text = { where: string; lang: Lang; text: string };

const LOCALES = new URL('../../src/i18n/locales/', import.meta.url);
const DATA = new URL('../../data/', import.meta.url);

function* strings(value: unknown, where: string): Generator<{ where: string; text: string }> {
  if (typeof value === 'string') yield { where, text: value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${where}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, `${where}.${k}`);
}

/** Every {th, en} text in a data file, with where it stands. */
function* localized(value: unknown, where: string): Generator<Text> {
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* localized(v, `${where}[${i}]`);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.th === 'string' && typeof o.en === 'string') {
      yield { where: `${where}.th`, lang: 'th', text: o.th };
      yield { where: `${where}.en`, lang: 'en', text: o.en };
      return;
    }
    for (const [k, v] of Object.entries(o)) yield* localized(v, `${where}.${k}`);
  }
}

const uiTexts: Text[] = readdirSync(LOCALES)
  .filter((f) => /(^|\.)(th|en)\.json$/.test(f))
  .flatMap((f) => {
    const lang = (f.endsWith('th.json') ? 'th' : 'en') as Lang;
    return [...strings(JSON.parse(readFileSync(new URL(f, LOCALES), 'utf8')), f)].map((s) => ({ ...s, lang }));
  });
// The walking network carries no text of ours; every other data file does.
const dataTexts: Text[] = readdirSync(DATA)
  .filter((f) => /\.(geo)?json$/.test(f) && f !== 'network.geojson')
  .flatMap((f) => [...localized(JSON.parse(readFileSync(new URL(f, DATA), 'utf8')), f)]);
const all = [...uiTexts, ...dataTexts];

const THAI = '\u0E01-\u0E4E';
/** Placeholders that stand for numbers: spaced from Thai letters like the numbers themselves. */
const NUMERIC = 'count|value|distance|limit|n|max|min|length|threshold|lon|lat|km|kmh|m|minimumBudget|budget|total|size|percent|minutes|metres|x|y|number|gain|covered|accuracy|seconds|over|overBy|spacing|tolerance|used';

/** The problems of one Thai text under the date and typography rules. */
function thaiSetting(text: string): string[] {
  const problems: string[] = [];
  const around = (i: number) => text.slice(Math.max(0, i - 12), i + 12);
  for (const m of text.matchAll(new RegExp(`[${THAI}][0-9A-Za-z]|[0-9A-Za-z][${THAI}]`, 'g'))) problems.push(`no space between Thai and “${m[0]}”: …${around(m.index)}…`);
  for (const m of text.matchAll(new RegExp(`[${THAI}]\\{\\{(?:${NUMERIC})\\}\\}|\\{\\{(?:${NUMERIC})\\}\\}[${THAI}]`, 'g'))) problems.push(`no space around a number: …${around(m.index)}…`);
  for (const m of text.matchAll(/(?:พ|ค)\.ศ\.(?=\d)/g)) problems.push(`no space after the era: …${around(m.index)}…`);
  for (const m of text.matchAll(/(?<![\d.:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/g)) problems.push(`a clock time with a colon (Thai writes 09.30 น.): …${around(m.index)}…`);
  for (const m of text.matchAll(/ค\.ศ\. ?\d{3,4} ?\(พ\.ศ\./g)) problems.push(`ค.ศ. before พ.ศ.: …${around(m.index)}…`);
  // A Gregorian year standing alone in Thai text (Buddhist-era years are 2400 and later).
  for (const m of text.matchAll(/(?<![\d,.:-])(?:1[89]|20)\d\d(?![\d,.:-])/g)) {
    if (!/[พค]\.ศ\. ?$/.test(text.slice(0, m.index))) problems.push(`a year without its era, or in ค.ศ. alone: …${around(m.index)}…`);
  }
  // A Buddhist-era year always carries its era: พ.ศ. 2567 (or a range after it: พ.ศ. 2562–2565).
  for (const m of text.matchAll(/(?<![\d,.:–-])(?:24|25|26)\d\d(?![\d,.:])/g)) {
    if (!/พ\.ศ\. ?(?:\d{4}–)?$/.test(text.slice(0, m.index))) problems.push(`a Buddhist-era year without พ.ศ.: …${around(m.index)}…`);
  }
  return problems;
}

describe('the glossary', () => {
  it('has one Thai and one English term per concept, and no concept twice', () => {
    const concepts = glossary.terms.map((t) => t.concept);
    expect(new Set(concepts).size).toBe(concepts.length);
    for (const t of glossary.terms) {
      expect(t.th.trim(), t.concept).not.toBe('');
      expect(t.en.trim(), t.concept).not.toBe('');
    }
  });

  it('reads strings from every locale file and every data file with texts', () => {
    expect(new Set(uiTexts.map((t) => t.where.split('.json')[0])).size).toBeGreaterThanOrEqual(16);
    for (const f of ['sites', 'walks', 'activities', 'waterways', 'unmapped-waterways']) {
      expect(dataTexts.some((t) => t.where.startsWith(`${f}.`)), f).toBe(true);
    }
    expect(all.filter((t) => t.lang === 'th').length).toBeGreaterThan(690);
  });

  const rules = glossary.terms.flatMap((term) =>
    (['th', 'en'] as const).flatMap((lang) =>
      ((term.avoid as Partial<Record<Lang, string[]>>)[lang] ?? []).map((pattern) => ({ term, lang, pattern })),
    ),
  );
  it.each(rules.map((r) => [`${r.lang} /${r.pattern}/ (${r.term.concept})`, r] as const))('no string uses %s', (_, { lang, pattern, term }) => {
    const re = new RegExp(pattern, 'u');
    const found = all.filter((t) => t.lang === lang && re.test(t.text)).map((t) => `${t.where}: ${t.text.slice(0, 120)}`);
    expect(found, `use “${term[lang]}”`).toEqual([]);
  });
});

describe('Thai dates and typography', () => {
  it('catch what they are meant to catch', () => {
    expect(thaiSetting('สะพานถนนวงแหวนรอบ 2เป็นจุดเก็บตัวอย่าง')).toHaveLength(1);
    expect(thaiSetting('ตามถนนใน OpenStreetMapกับทางเดิน')).toHaveLength(1);
    expect(thaiSetting('พบ {{count}}รายการ')).toHaveLength(1);
    expect(thaiSetting('สร้างเมื่อ ค.ศ. 1587 (พ.ศ. 2130)')).toHaveLength(1);
    expect(thaiSetting('ทำความสะอาดเมื่อปี 2024')).toHaveLength(1);
    expect(thaiSetting('เมื่อ พ.ศ.2567')).toHaveLength(1);
    expect(thaiSetting('เปิด 08:30 น.')).toHaveLength(1);
    expect(thaiSetting('ศึกษาไว้เมื่อปี 2555 (ค.ศ. 2012)')).toHaveLength(1);
    expect(thaiSetting('ช่วง พ.ศ. 2562–2565')).toEqual([]);
    expect(thaiSetting('สร้างเมื่อ พ.ศ. 2130 (ค.ศ. 1587) ห่าง 750 เมตร เวลา 08.30–16.30 น. ของ {{name}}แห่งนี้')).toEqual([]);
  });

  it.each([
    ['the interface', uiTexts],
    ['the data', dataTexts],
  ])('hold in every Thai string of %s', (_, texts) => {
    const found = texts.filter((t) => t.lang === 'th').flatMap((t) => thaiSetting(t.text).map((p) => `${t.where}: ${p}`));
    expect(found).toEqual([]);
  });
});

describe('the glossary’s patterns', () => {
  it('catch the wordings they were written against', () => {
    const caught = (lang: Lang, text: string) =>
      glossary.terms.some((t) => ((t.avoid as Partial<Record<Lang, string[]>>)[lang] ?? []).some((p) => new RegExp(p, 'u').test(text)));
    expect(caught('th', 'มีขั้นบันได')).toBe(true);
    expect(caught('th', 'ไม่มีขั้นบันได')).toBe(false);
    expect(caught('th', 'บันทึกทริป')).toBe(true);
    expect(caught('th', 'ใกล้แจ่งศรีภูมิ มุมคูเมืองที่น้ำในคูเมืองเคยระบาย')).toBe(true);
    expect(caught('th', 'เชื่อมมุมคูเมืองที่แจ่งศรีภูมิกับคลอง')).toBe(false);
    expect(caught('en', 'near Jaeng Si Phum, the north-east corner of the moat, where')).toBe(true);
    expect(caught('en', 'the moat’s corner at Jaeng Si Phum')).toBe(false);
    expect(caught('th', 'ไม่มีร่มและไม่มีไฟ')).toBe(true);
    expect(caught('th', 'ไม่มีร่มเงา')).toBe(false);
    expect(caught('th', 'เลื่อนวัดหัวฝายไปทีหลัง')).toBe(true);
    expect(caught('en', 'a greedy method')).toBe(true);
  });
});
