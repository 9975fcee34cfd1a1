// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Walk } from '../../src/domain/schema';
import { DEFAULT_FILTERS } from '../../src/store/filters-slice';
import { parseUrlState, toUrlSearch } from '../../src/store/url-state';
import { DEFAULT_WALK } from '../../src/store/walk-slice';

const walks: Walk[] = [
  {
    id: 'promenade',
    title: { th: 'ทางเดิน', en: 'Promenade' },
    intro: { th: 'เดิน', en: 'Walk' },
    stops: ['a', 'b', 'c'],
    loop: true,
    themes: ['water'],
  },
];
const ids = Array.from({ length: 30 }, (_, i) => `s${i}`);
const known = { sites: new Set(['a', 'b', 'c', ...ids]), waterways: new Set<string>(), walks };
const base = { locale: 'en' as const, selection: null, ...DEFAULT_FILTERS };

describe('walk links', () => {
  it('round-trips a walk of one\'s own with its profile, order and loop', () => {
    const walk = { ...DEFAULT_WALK, stops: ['c', 'a'], profile: 'step-free' as const, order: 'optimise' as const, loop: true };
    const search = toUrlSearch({ ...base, walk, panel: 'walk' });
    expect(search).toBe('?lang=en&stops=c,a&profile=step-free&order=optimise&loop=1');
    const parsed = parseUrlState(search, known);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.panel).toBe('walk');
    expect(parsed.value.walk).toEqual({ stops: ['c', 'a'], profile: 'step-free', order: 'optimise', loop: true });
  });

  it('round-trips the walking pace and a start point picked on the map', () => {
    const walk = { ...DEFAULT_WALK, stops: ['a', 'b'], pace: 3, start: 'origin' as const };
    const search = toUrlSearch({ ...base, walk, panel: 'walk', origin: { kind: 'point', point: [98.99512345, 18.78901] } });
    expect(search).toBe('?lang=en&stops=a,b&pace=3&start=98.99512,18.78901');
    const parsed = parseUrlState(search, known);
    expect(parsed.problems).toEqual([]);
    expect(parsed.value.walk).toEqual({ stops: ['a', 'b'], pace: 3, start: 'origin' });
    expect(parsed.value.origin).toEqual([98.99512, 18.78901]);
  });

  it('never puts the device’s position in a link: a walk from “my location” links as start=here', () => {
    const walk = { ...DEFAULT_WALK, stops: ['a'], start: 'origin' as const };
    const search = toUrlSearch({ ...base, walk, panel: 'walk', origin: { kind: 'location', point: [98.99, 18.79], accuracy: 12 } });
    expect(search).toBe('?lang=en&stops=a&start=here');
    const parsed = parseUrlState(search, known);
    expect(parsed.value.walk.start).toBe('origin');
    expect(parsed.value.origin).toBeUndefined();
  });

  it('a curated walk keeps its pace in the link', () => {
    const search = toUrlSearch({ ...base, walk: { ...DEFAULT_WALK, stops: ['a', 'b', 'c'], loop: true, curated: 'promenade', pace: 3 }, panel: 'walk' });
    expect(search).toBe('?lang=en&walk=promenade&pace=3');
    expect(parseUrlState(search, known).value.walk.pace).toBe(3);
  });

  it('an unknown pace or an unusable start point is named; the walk still opens', () => {
    const parsed = parseUrlState('?stops=a,b&pace=9&start=1,2', known);
    expect(parsed.problems).toEqual([
      { param: 'pace', values: ['9'] },
      { param: 'start', values: ['1,2'] },
    ]);
    expect(parsed.value.walk).toEqual({ stops: ['a', 'b'] });
  });

  it('links a curated walk by its id while unchanged, and reopens its stops and loop', () => {
    const search = toUrlSearch({ ...base, walk: { ...DEFAULT_WALK, stops: ['a', 'b', 'c'], loop: true, curated: 'promenade' }, panel: 'walk' });
    expect(search).toBe('?lang=en&walk=promenade');
    expect(parseUrlState(search, known).value.walk).toEqual({ stops: ['a', 'b', 'c'], loop: true, curated: 'promenade' });
  });

  it('names unknown stops and keeps the rest in order', () => {
    const parsed = parseUrlState('?stops=a,nope,c,zzz', known);
    expect(parsed.value.walk.stops).toEqual(['a', 'c']);
    expect(parsed.problems).toEqual([{ param: 'stops', values: ['nope', 'zzz'] }]);
  });

  it('an unknown curated walk, route type or order is named; the rest applies', () => {
    const parsed = parseUrlState('?lang=th&walk=gone&profile=flying&order=random', known);
    expect(parsed.value.locale).toBe('th');
    expect(parsed.problems.map((p) => p.param)).toEqual(['walk', 'profile', 'order']);
    expect(parsed.value.walk).toEqual({});
  });

  it('over the stop limit: says so and keeps the first 25', () => {
    const parsed = parseUrlState(`?stops=${ids.join(',')}`, known);
    expect(parsed.value.walk.stops).toEqual(ids.slice(0, 25));
    expect(parsed.problems).toEqual([{ param: 'tooManyStops', values: ['30', '25'] }]);
  });

  it('stays out of the link while the explore panel is open', () => {
    expect(toUrlSearch({ ...base, walk: { ...DEFAULT_WALK, stops: ['a'] }, panel: 'explore' })).toBe('?lang=en');
  });
});
