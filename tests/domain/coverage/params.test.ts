// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadEmbeddedData } from '../../../src/data';
import { DEFAULT_PARAMS, paramsFromURL, paramsToJSON, paramsToURL, parseParams, siteCounts, type CoverageParams } from '../../../src/domain/coverage/params';

const custom: CoverageParams = {
  ...DEFAULT_PARAMS,
  threshold: 800,
  spacing: 10,
  profile: 'step-free',
  sites: { categories: ['learning', 'environment'], themes: ['water'], statuses: ['verified'] },
};

describe('coverage parameters', () => {
  it('default: 400 m, 25 m samples, shortest, learning sites', () => {
    expect(DEFAULT_PARAMS).toMatchObject({ threshold: 400, spacing: 25, profile: 'shortest', sites: { categories: ['learning'] } });
  });

  it('JSON round-trips', () => {
    expect(parseParams(paramsToJSON(custom))).toEqual({ ok: true, params: custom });
  });

  it('URL round-trips, writing only what differs from the defaults', () => {
    const q = paramsToURL(custom);
    expect(q.toString()).toBe('cov_t=800&cov_s=10&cov_p=step-free&cov_cat=learning%2Cenvironment&cov_th=water&cov_st=verified');
    expect(paramsFromURL(`?${q}`)).toEqual({ ok: true, params: custom });
    expect(paramsToURL(DEFAULT_PARAMS).toString()).toBe('');
    expect(paramsFromURL('')).toEqual({ ok: true, params: DEFAULT_PARAMS });
  });

  it('names what is wrong instead of throwing', () => {
    const r = paramsFromURL('?cov_t=50&cov_p=fly&cov_cat=');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path).sort()).toEqual(['profile', 'sites.categories', 'threshold']);
    expect(parseParams('{not json')).toMatchObject({ ok: false, issues: [{ key: 'coverage.params.notJson' }] });
    expect(parseParams({ ...DEFAULT_PARAMS, threshold: 1501 })).toMatchObject({ ok: false, issues: [{ path: 'threshold' }] });
    expect(paramsFromURL('?cov_s=abc').ok).toBe(false);
  });

  it('the site filter keeps learning sites by default, and narrows by theme and status', () => {
    const sites = loadEmbeddedData().sites.value;
    const learning = sites.filter(siteCounts(DEFAULT_PARAMS));
    expect(learning.length).toBeGreaterThan(0);
    expect(learning.every((s) => s.properties.category === 'learning')).toBe(true);
    const narrowed = sites.filter(siteCounts(custom));
    expect(narrowed.every((s) => s.properties.themes.includes('water') && s.properties.status === 'verified')).toBe(true);
  });
});
