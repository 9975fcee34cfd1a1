import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import th from '../../src/i18n/locales/th.json';

/** Flattens keys; plural variants (`_one`, `_other`) count as one key, since Thai has one form. */
function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(one|other)$/, '')}`],
  );
}
const unique = (a: string[]) => [...new Set(a)].sort();

describe('translations', () => {
  it('Thai and English have the same keys', () => {
    expect(unique(keys(th))).toEqual(unique(keys(en)));
  });

  it('no string is empty, and Thai strings are written in Thai', () => {
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v) : [v]));
    expect(values(en).every((v) => v.trim().length > 0)).toBe(true);
    const thai = values(th).filter((v) => /[\u0E00-\u0E7F]/.test(v));
    // Language names and brand names may stay Latin; nearly everything else is Thai.
    expect(thai.length / values(th).length).toBeGreaterThan(0.9);
  });
});

/** Feature namespaces (lazy tabs) live beside the main strings as `<ns>.th.json` / `<ns>.en.json`. */
const features = import.meta.glob<Record<string, unknown>>('../../src/i18n/locales/*.*.json', { eager: true, import: 'default' });

describe('feature translations', () => {
  const byNs = new Map<string, { th?: object; en?: object }>();
  for (const [path, strings] of Object.entries(features)) {
    const [, ns, lng] = /\/([\w-]+)\.(th|en)\.json$/.exec(path) ?? [];
    if (!ns || !lng) continue;
    byNs.set(ns, { ...byNs.get(ns), [lng]: strings });
  }
  it.each([...byNs.keys()])('namespace %s has the same keys in Thai and English, none empty', (ns) => {
    const { th: t, en: e } = byNs.get(ns)!;
    expect(t, `${ns}.th.json`).toBeDefined();
    expect(e, `${ns}.en.json`).toBeDefined();
    expect(unique(keys(t!))).toEqual(unique(keys(e!)));
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v) : [v]));
    expect(values(e!).every((v) => v.trim().length > 0)).toBe(true);
    expect(values(t!).filter((v) => /[\u0E00-\u0E7F]/.test(v)).length / values(t!).length).toBeGreaterThan(0.9);
  });
});

describe('import messages', () => {
  it('every importer issue key has a Thai and an English sentence in the research strings', async () => {
    const { IMPORT_ISSUE_KEYS, IMPORT_LOCATION_KEYS } = await import('../../src/domain/import');
    const th = (await import('../../src/i18n/locales/research.th.json')).default as { import: { issue: Record<string, string> } };
    const en = (await import('../../src/i18n/locales/research.en.json')).default as { import: { issue: Record<string, string> } };
    for (const key of [...IMPORT_ISSUE_KEYS, ...IMPORT_LOCATION_KEYS]) {
      const k = key.replace(/^import\.issue\./, '');
      expect(th.import.issue[k], `th ${k}`).toBeTruthy();
      expect(en.import.issue[k], `en ${k}`).toBeTruthy();
    }
  });
});
