// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/store/filters-slice';
import { DEFAULT_PARAMS, type CoverageParams } from '../../src/domain/coverage/params-url';
import { parseUrlState, toUrlSearch } from '../../src/store/url-state';
import { DEFAULT_WALK } from '../../src/store/walk-slice';
import { analysisLink } from '../../src/store/analysis-link';

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
      tripEdit: false,
    });
  });

  it('leaves defaults out of the link', () => {
    expect(toUrlSearch({ locale: 'th', selection: null, ...DEFAULT_FILTERS })).toBe('?lang=th');
  });

  it('a parameter given twice is named once; the first of each is read and the rest of the link applies', () => {
    const parsed = parseUrlState('?lang=en&site=wat-hua-fai&lang=th&site=nowhere&cov_t=600&cov_t=800&site=x', known);
    expect(parsed.problems).toEqual([{ param: 'repeated', values: ['lang', 'site', 'cov_t'] }]);
    expect(parsed.value.locale).toBe('en');
    expect(parsed.value.selection).toEqual({ type: 'site', id: 'wat-hua-fai' });
    expect(parsed.value.coverageParams?.threshold).toBe(600);
    expect(parseUrlState('?lang=en&site=wat-hua-fai', known).problems).toEqual([]);
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
    expect(search).toBe('?lang=th&panel=research&cov_t=800&cov_cat=learning,economy');
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

  it('numbers are read as a person writes them: hex, exponents and blanks are named, not read as 800', () => {
    for (const t of ['0x320', '8e2', ' ', '800m']) {
      const parsed = parseUrlState(`?cov_t=${encodeURIComponent(t)}&lang=en`, known);
      expect(parsed.value.coverageParams, t).toBeUndefined();
      expect(parsed.problems.map((p) => p.param), t).toEqual(['coverage']);
    }
    expect(parseUrlState('?cov_t=800', known).value.coverageParams?.threshold).toBe(800);
  });
});

describe('what-if sites in a research link', () => {
  it('round-trip at about 1 m, open the Research tab, and keep the coverage parameters beside them', () => {
    const search = toUrlSearch({
      locale: 'th',
      selection: null,
      ...DEFAULT_FILTERS,
      panel: 'research',
      candidates: [{ point: [98.995123456, 18.789011] }, { point: [98.98701, 18.77002] }],
    });
    expect(search).toBe('?lang=th&panel=research&cov_w=98.99512,18.78901;98.98701,18.77002');
    const parsed = parseUrlState(search, known);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.panel).toBe('research');
    expect(parsed.value.whatIf).toEqual([[98.99512, 18.78901], [98.98701, 18.77002]]);
    expect(parsed.value.coverageParams).toBeUndefined();
  });

  it('names a pair that is not two decimal numbers inside the study area, and keeps the others', () => {
    const parsed = parseUrlState('?cov_w=98.99,18.79;0x62,18.7;99.5,18.7;98.98,18.78,1;98.97,18.77', known);
    expect(parsed.value.whatIf).toEqual([[98.99, 18.79], [98.97, 18.77]]);
    expect(parsed.problems).toEqual([{ param: 'whatIf', values: ['0x62,18.7', '99.5,18.7', '98.98,18.78,1'] }]);
  });

  it('keeps at most ten and names the rest', () => {
    const pairs = Array.from({ length: 12 }, (_, i) => `98.99,18.7${i.toString().padStart(2, '0')}`).join(';');
    const parsed = parseUrlState(`?cov_w=${pairs}`, known);
    expect(parsed.value.whatIf).toHaveLength(10);
    expect(parsed.problems[0]?.values).toHaveLength(2);
  });
});

describe('the link printed on a coverage report', () => {
  it('writes every parameter, even at its default, and reopens the same analysis with its what-if sites', () => {
    const link = analysisLink('https://maps.example.org/maekha/?lang=en&site=x#map', 'th', DEFAULT_PARAMS, [[98.97823, 18.79572]]);
    expect(link).toBe('https://maps.example.org/maekha/?lang=th&panel=research&cov_t=400&cov_s=25&cov_p=shortest&cov_snap=300&cov_cat=learning&cov_w=98.97823,18.79572');
    const parsed = parseUrlState(new URL(link).search, known);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value).toMatchObject({ locale: 'th', panel: 'research', coverageParams: DEFAULT_PARAMS, whatIf: [[98.97823, 18.79572]] });
  });

  it('carries a changed analysis: threshold, profile, themes, statuses', () => {
    const params = { ...DEFAULT_PARAMS, threshold: 800, profile: 'step-free', sites: { categories: ['learning', 'environment'], themes: ['water'], statuses: ['verified'] } } as CoverageParams;
    const parsed = parseUrlState(new URL(analysisLink('http://127.0.0.1:4173/', 'en', params, [])).search, known);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.coverageParams).toEqual(params);
    expect(parsed.value.whatIf).toBeUndefined();
  });

  it('names the data version when the link was made with other data, and not when it is the same', () => {
    const link = analysisLink('http://127.0.0.1:4173/', 'en', DEFAULT_PARAMS, [], 'aaaaaaaaaa');
    expect(link).toContain('&data=aaaaaaaaaa');
    const search = new URL(link).search;
    expect(parseUrlState(search, { ...known, dataVersion: 'bbbbbbbbbb' }).problems).toEqual([{ param: 'dataVersion', values: ['aaaaaaaaaa', 'bbbbbbbbbb'] }]);
    expect(parseUrlState(search, { ...known, dataVersion: 'aaaaaaaaaa' }).problems).toEqual([]);
  });
});

describe('trip links', () => {
  const known = { sites: new Set<string>(), waterways: new Set<string>() };
  it('the address bar of a trip being planned says edit=1 (a reload stays in the planner); the link given to others does not', () => {
    const base = { locale: 'en' as const, selection: null, ...DEFAULT_FILTERS, panel: 'trip' as const, tripLink: 'CODE' };
    expect(toUrlSearch({ ...base, tripView: 'plan' })).toBe('?lang=en&trip=CODE&edit=1');
    expect(toUrlSearch({ ...base, tripView: 'itinerary' })).toBe('?lang=en&trip=CODE');
    expect(parseUrlState('?trip=CODE&edit=1', known).value).toMatchObject({ tripLink: 'CODE', tripEdit: true, panel: 'trip' });
    expect(parseUrlState('?trip=CODE', known).value).toMatchObject({ tripLink: 'CODE', tripEdit: false, panel: 'trip' });
  });
});

describe('the modes’ link table', () => {
  const known = { sites: new Set(['a', 'b']), waterways: new Set<string>() };
  it('opens the mode the link asks for most strongly: a trip code, then a walk’s stops, then panel=, then research parameters', () => {
    expect(parseUrlState('?cov_t=800', known).value.panel).toBe('research');
    expect(parseUrlState('?cov_t=800&panel=explore', known).value.panel).toBe('explore');
    expect(parseUrlState('?panel=research&stops=a,b', known).value.panel).toBe('walk');
    expect(parseUrlState('?stops=a,b&trip=CODE', known).value.panel).toBe('trip');
    expect(parseUrlState('?panel=nowhere', known).value.panel).toBeUndefined();
  });

  it('writes only the open mode’s parameters, and panel= only where they do not name the mode', () => {
    const state = {
      locale: 'en' as const, selection: null, ...DEFAULT_FILTERS,
      walk: { ...DEFAULT_WALK, stops: ['a', 'b'] }, tripLink: 'CODE', tripView: 'itinerary' as const,
      coverageParams: { ...DEFAULT_PARAMS, threshold: 800 },
    };
    expect(toUrlSearch({ ...state, panel: 'walk' })).toBe('?lang=en&stops=a,b');
    expect(toUrlSearch({ ...state, panel: 'trip' })).toBe('?lang=en&trip=CODE');
    expect(toUrlSearch({ ...state, panel: 'research' })).toBe('?lang=en&panel=research&cov_t=800');
    expect(toUrlSearch({ ...state, panel: 'explore' })).toBe('?lang=en');
    expect(toUrlSearch({ ...state, walk: DEFAULT_WALK, panel: 'walk' })).toBe('?lang=en&panel=walk');
  });
});
