// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/store/filters-slice';
import { parseUrlState, toUrlSearch } from '../../src/store/url-state';

const known = { sites: new Set(['wat-hua-fai', 'mk01-ring-road-2-bridge']), waterways: new Set(['mae-kha']) };

describe('URL state', () => {
  it('round-trips language, selection and filters', () => {
    const state = {
      locale: 'en' as const,
      selection: { type: 'site' as const, id: 'wat-hua-fai' },
      ...DEFAULT_FILTERS,
      categories: ['learning' as const, 'environment' as const],
      themes: ['water' as const],
    };
    const search = toUrlSearch(state);
    expect(search).toBe('?lang=en&site=wat-hua-fai&cats=learning,environment&themes=water');
    const parsed = parseUrlState(search, known);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toEqual({
      locale: 'en',
      selection: state.selection,
      filters: { categories: ['learning', 'environment'], themes: ['water'] },
      walk: {},
      tripLink: null,
    });
  });

  it('leaves defaults out of the link', () => {
    expect(toUrlSearch({ locale: 'th', selection: null, ...DEFAULT_FILTERS })).toBe('?lang=th');
  });

  it('an unknown site id is reported and the rest of the link still applies', () => {
    const parsed = parseUrlState('?lang=th&site=nowhere&themes=water', known);
    expect(parsed.problems).toEqual([{ param: 'site', values: ['nowhere'] }]);
    expect(parsed.value.locale).toBe('th');
    expect(parsed.value.selection).toBeNull();
    expect(parsed.value.filters.themes).toEqual(['water']);
  });

  it('unknown filter values are dropped one by one and named', () => {
    const parsed = parseUrlState('?cats=learning,shops&themes=water,astrology,food', known);
    expect(parsed.value.filters).toEqual({ categories: ['learning'], themes: ['water', 'food'] });
    expect(parsed.problems).toEqual([
      { param: 'cats', values: ['shops'] },
      { param: 'themes', values: ['astrology'] },
    ]);
  });

  it('an unknown language is reported', () => {
    const parsed = parseUrlState('?lang=fr', known);
    expect(parsed.value.locale).toBeUndefined();
    expect(parsed.problems).toEqual([{ param: 'lang', values: ['fr'] }]);
  });

  it('selects a waterway', () => {
    expect(parseUrlState('?way=mae-kha', known).value.selection).toEqual({ type: 'waterway', id: 'mae-kha' });
  });
});

describe('coverage links', () => {
  it('a research run repeats from its link: threshold, spacing and counted sites', async () => {
    const { DEFAULT_PARAMS } = await import('../../src/domain/coverage/params');
    const coverageParams = { ...DEFAULT_PARAMS, threshold: 800, sites: { ...DEFAULT_PARAMS.sites, categories: ['learning' as const, 'economy' as const] } };
    const search = toUrlSearch({ locale: 'th', selection: null, ...DEFAULT_FILTERS, panel: 'research', coverageParams });
    expect(search).toBe('?lang=th&cov_t=800&cov_cat=learning,economy');
    const parsed = parseUrlState(search, known);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.panel).toBe('research');
    expect(parsed.value.coverageParams).toEqual(coverageParams);
  });

  it('a bad coverage value is named and the defaults are kept', () => {
    const parsed = parseUrlState('?cov_t=99999&lang=en', known);
    expect(parsed.value.locale).toBe('en');
    expect(parsed.value.coverageParams).toBeUndefined();
    expect(parsed.problems.map((p) => p.param)).toEqual(['coverage']);
  });
});
