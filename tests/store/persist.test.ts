import { describe, expect, it } from 'vitest';
import { PREFS_KEY, readPrefs, writePrefs } from '../../src/store/persist';

const memory = (init: Record<string, string> = {}) => {
  const m = new Map(Object.entries(init));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe('preferences', () => {
  it('round-trips the language and basemap', () => {
    const s = memory();
    writePrefs(s, { locale: 'en', basemap: 'osm' });
    expect(readPrefs(s)).toEqual({ value: { locale: 'en', basemap: 'osm' }, corrupt: false });
  });

  it('treats unparsable JSON as corrupt, without throwing', () => {
    expect(readPrefs(memory({ [PREFS_KEY]: '{not json' }))).toEqual({ value: {}, corrupt: true });
  });

  it('treats a wrong version or unknown value as corrupt', () => {
    expect(readPrefs(memory({ [PREFS_KEY]: '{"version":99,"locale":"en"}' })).corrupt).toBe(true);
    expect(readPrefs(memory({ [PREFS_KEY]: '{"version":1,"locale":"fr"}' })).corrupt).toBe(true);
  });

  it('survives storage that throws', () => {
    const throwing = { getItem: () => { throw new Error('blocked'); } };
    expect(readPrefs(throwing)).toEqual({ value: {}, corrupt: false });
  });
});
