import { describe, expect, it } from 'vitest';
import { addFeatureStrings, createI18n } from '../../src/i18n';
import th from '../../src/i18n/locales/trip.th.json';
import en from '../../src/i18n/locales/trip.en.json';

describe('Thai typography on finished strings', () => {
  const i18n = createI18n('en');
  addFeatureStrings(i18n, 'trip', { th, en });

  it('sets a Thai string asked for by language in an English app (the handout in both languages)', () => {
    expect(i18n.getFixedT('th', 'trip')('brief.clock', { time: '09:30' })).toBe('09.30 น.');
    expect(i18n.getFixedT('th', 'trip')('announce.added', { name: 'สะพานคลองแม่ข่า ถนนวงแหวนรอบ 2' })).toBe('เพิ่มสะพานคลองแม่ข่า ถนนวงแหวนรอบ 2 ในแผนทัศนศึกษาแล้ว');
  });

  it('leaves English as it is', () => {
    expect(i18n.getFixedT('en', 'trip')('brief.clock', { time: '09:30' })).toBe('09:30');
  });
});
