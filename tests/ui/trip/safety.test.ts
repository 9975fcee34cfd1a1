// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stopSafety, tripSafety } from '../../../src/ui/trip/safety';

describe('a trip’s safety notes by its date', () => {
  const stops = ['phase-1-promenade', 'rakaeng-bridge'];
  const topics = (date: string) => {
    const { general, atStop } = tripSafety(stops, date);
    return new Set([...general, ...[...atStop.values()].flat()].map((n) => n.topic));
  };

  it('says the burning-season smoke in March, and not in November', () => {
    expect(topics('2027-03-10').has('smoke')).toBe(true);
    expect(topics('2026-11-20').has('smoke')).toBe(false);
  });

  it('says high water by the canal in October, and not in January', () => {
    expect(topics('2026-10-05').has('flood')).toBe(true);
    expect(topics('2027-01-12').has('flood')).toBe(false);
  });

  it('keeps the notes that hold all year', () => {
    for (const date of ['2027-01-12', '2027-07-01']) {
      expect(topics(date).has('canal-edge')).toBe(true);
      expect(stopSafety('phase-1-promenade', date).some((n) => n.topic === 'walkway')).toBe(true);
    }
  });
});
