import { describe, expect, it } from 'vitest';
import { loadEmbeddedData } from '../../src/data';
import { createAppStore } from '../../src/store';

const store = () => createAppStore({ data: loadEmbeddedData(), locale: 'en' });

describe('a map click while picking (the pick table)', () => {
  it('picking the start sets it at the point clicked and ends picking', () => {
    const s = store();
    s.getState().setPicking('origin');
    s.getState().pickAt([98.99, 18.79]);
    expect(s.getState().origin).toEqual({ kind: 'point', point: [98.99, 18.79] });
    expect(s.getState().picking).toBeNull();
  });

  it('placing what-if sites adds one per click and goes on picking', () => {
    const s = store();
    s.getState().setPicking('candidate');
    s.getState().pickAt([98.99, 18.79]);
    s.getState().pickAt([98.995, 18.792]);
    expect(s.getState().candidates.map((c) => c.point)).toEqual([[98.99, 18.79], [98.995, 18.792]]);
    expect(s.getState().picking).toBe('candidate');
    expect(s.getState().origin).toBeNull();
  });

  it('a click when nothing is being picked changes nothing', () => {
    const s = store();
    s.getState().pickAt([98.99, 18.79]);
    expect(s.getState().origin).toBeNull();
    expect(s.getState().candidates).toEqual([]);
  });
});
