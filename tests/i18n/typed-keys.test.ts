/**
 * The keys of `t` are typed from the English strings (src/i18n/types.d.ts). Each `@ts-expect-error`
 * below is a probe: were the keys untyped again, the directive would be unused and `tsc` (run by
 * `npm run build`, so by `npm test`) would fail on this file.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n';
import type { TCommon, TTrip } from '../../src/i18n/t';

describe('typed translation keys', () => {
  const i18n = createI18n('en');
  const tc: TCommon = i18n.getFixedT('en', 'translation');

  it('a key of the shared strings is accepted and translated', () => {
    expect(tc('card.source')).not.toBe('card.source');
  });

  it('a missing key, a key of another feature, or a misspelt one does not compile', () => {
    // @ts-expect-error: no such key in the shared strings
    const missing = () => tc('card.noSuchKey');
    // @ts-expect-error: a trip key asked of the shared strings
    const otherNamespace = () => tc('handout.meeting');
    const trip = i18n.getFixedT('en', 'trip') as TTrip;
    // @ts-expect-error: a misspelt trip key
    const misspelt = () => trip('handout.meting');
    // At run time these only warn and echo the key, which is why the types are the guard.
    expect([missing(), otherNamespace(), misspelt()]).toEqual(['card.noSuchKey', 'handout.meeting', 'handout.meting']);
  });
});
