import { describe, expect, it } from 'vitest';
import { loadEmbeddedData } from '../../src/data';
import type { ImportedSite } from '../../src/domain/import/types';
import { createAppStore } from '../../src/store';
import { selectCountedSites } from '../../src/store/coverage-selectors';

const own = (id: string, over: Partial<ImportedSite> = {}): ImportedSite => ({
  id,
  name: { th: id, en: id },
  point: [98.99, 18.79],
  themes: ['water'],
  status: 'candidate',
  source: 'Imported: mine.csv',
  ...over,
});
const file = { bytes: 1, sha256: '0'.repeat(64), used: 3, refused: 0 };

describe('which sites count', () => {
  it('imported sites follow the same category, theme and status rule as the built-in ones', () => {
    const s = createAppStore({ data: loadEmbeddedData(), locale: 'en' });
    const sites = [own('a-school', { category: 'learning' }), own('a-shop', { category: 'economy' }), own('no-category'), own('wrong-theme', { themes: ['food'] })];
    s.getState().setOwnSites({ filename: 'mine.csv', sites, mode: 'extend', file });
    const ids = () => new Set(selectCountedSites(s.getState()).map((c) => c.id));
    // Default: learning sites only. The economy row is left out, as a built-in market is.
    expect(ids().has('a-school')).toBe(true);
    expect(ids().has('a-shop')).toBe(false);
    expect(ids().has('no-category')).toBe(true);
    expect([...ids()].some((id) => id === 'warorot-market')).toBe(false);
    s.getState().setCoverageParams({ ...s.getState().coverageParams, sites: { ...s.getState().coverageParams.sites, themes: ['water'] } });
    expect(ids().has('wrong-theme')).toBe(false);
    expect(ids().has('a-school')).toBe(true);
  });
});
