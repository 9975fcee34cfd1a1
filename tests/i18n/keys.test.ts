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
