/**
 * Site search over Thai and English names and summaries. Pure: build an index once, then match
 * normalized, space-free keys by substring, so Thai (written without spaces) matches inside words.
 */
import type { SiteFeature } from './schema';

const THAI_SCRIPT = /[\u0E00-\u0E7F]/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Thai matching key: NFC, lower-case, no tone or other above-marks (U+0E47–U+0E4E), sara am
 * folded (ํ + า → ำ), Thai digits → 0–9, no zero-width chars, whitespace, punctuation or symbols.
 * @example normalizeThai('คลอง แม่ข่า ๒') // 'คลองแมขา2'
 */
export function normalizeThai(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(ZERO_WIDTH, '')
    .replace(/[\u0E48-\u0E4B]/g, '') // tones first, so a tone between ํ and า cannot block the fold
    .replace(/\u0E4D\u0E32/g, '\u0E33')
    .replace(/[\u0E47-\u0E4E]/g, '')
    .replace(/[\u0E50-\u0E59]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/**
 * Romanization variants, applied to space-separated tokens before spaces are dropped. Short or
 * ambiguous stems match only at a token start (so `sri` in "Sridonchai" folds, mid-word `sri` not);
 * distinctive ones (`kaew`, `daed`) fold anywhere so compounds like "Huaykaew" still match.
 */
const VARIANTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(^| )ragang/g, '$1rakaeng'],
  [/(^| )sri/g, '$1si'],
  [/(^| )kad/g, '$1kat'],
  [/(^| )huay/g, '$1huai'],
  [/(^| )chaeng/g, '$1jaeng'],
  [/kaew/g, 'kaeo'],
  [/daed/g, 'daet'],
];

/**
 * Latin matching key: NFKD without diacritics, lower-case, punctuation dropped, spelling variants
 * folded (Ragang → rakaeng, Sri → si, Kad → kat, Huay → huai, Kaew → kaeo, …), then no spaces.
 * @example normalizeLatin('Sri Don-Chai') === normalizeLatin('Sridonchai') // both 'sidonchai'
 */
export function normalizeLatin(s: string): string {
  let t = s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(ZERO_WIDTH, '')
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ');
  for (const [pattern, canonical] of VARIANTS) t = t.replace(pattern, canonical);
  return t.replace(/ /g, '');
}

type Keys = { name: string; summary: string };

/** One site's precomputed keys. */
export type SearchEntry = {
  readonly id: string;
  /** Latin keys of the id and (where present) the sampling code. */
  readonly idKey: string;
  readonly codeKey: string;
  readonly th: Keys;
  readonly en: Keys;
};

export type SearchIndex = { readonly entries: readonly SearchEntry[] };

export type SearchHit = { id: string; score: number; field: 'name' | 'summary'; lang: 'th' | 'en' };

/**
 * Precomputes the normalized keys of every site.
 * @example const index = buildSearchIndex(sites); searchSites(index, 'กาดหลวง')
 */
export function buildSearchIndex(sites: readonly SiteFeature[]): SearchIndex {
  return {
    entries: sites.map(({ properties: p }) => ({
      id: p.id,
      idKey: normalizeLatin(p.id),
      codeKey: p.code ? normalizeLatin(p.code) : '',
      th: { name: normalizeThai(p.name.th), summary: normalizeThai(p.summary.th) },
      en: { name: normalizeLatin(p.name.en), summary: normalizeLatin(p.summary.en) },
    })),
  };
}

// Tiers: name prefix (or code) > name substring > id substring > summary substring.
const TIER = { prefix: 4, name: 3, id: 2, summary: 1 } as const;

/**
 * Best-first hits for `query`: Thai-script queries match the Thai fields; other queries match the
 * English fields, the id and code (Latin keys), and the Thai fields (e.g. digits). Within a tier a
 * shorter name ranks higher; ties go to the smaller id. Blank query → [].
 * @example searchSites(index, 'Ragang', { limit: 3 }) // [{ id: 'rakaeng-bridge', field: 'name', lang: 'en', … }]
 */
export function searchSites(index: SearchIndex, query: string, options: { limit?: number } = {}): SearchHit[] {
  const limit = Math.max(0, options.limit ?? 8);
  const thaiQuery = THAI_SCRIPT.test(query);
  const qTh = normalizeThai(query);
  const qEn = thaiQuery ? '' : normalizeLatin(query);
  if ((!qTh && !qEn) || limit === 0) return [];

  const hits: SearchHit[] = [];
  for (const e of index.entries) {
    let best: SearchHit | undefined;
    const offer = (tier: number, lang: 'th' | 'en', field: 'name' | 'summary') => {
      const score = tier * 1000 - Math.min(e[lang].name.length, 999);
      if (!best || score > best.score) best = { id: e.id, score, field, lang };
    };
    const tryLang = (lang: 'th' | 'en', q: string) => {
      if (!q) return;
      const { name, summary } = e[lang];
      if (name.startsWith(q)) offer(TIER.prefix, lang, 'name');
      else if (name.includes(q)) offer(TIER.name, lang, 'name');
      else if (summary.includes(q)) offer(TIER.summary, lang, 'summary');
    };
    if (qEn) {
      tryLang('en', qEn);
      if (e.codeKey && e.codeKey.startsWith(qEn)) offer(TIER.prefix, 'en', 'name');
      else if (e.idKey.includes(qEn)) offer(TIER.id, 'en', 'name');
    }
    tryLang('th', qTh);
    if (best) hits.push(best);
  }
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits.slice(0, limit);
}
