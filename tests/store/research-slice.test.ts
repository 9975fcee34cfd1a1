import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadEmbeddedData } from '../../src/data';
import { createAppStore } from '../../src/store';
import { MAX_WHAT_IF } from '../../src/store/what-if-url';

type Found = { point: [number, number]; gain: number }[];
const pending: { resolve: (found: Found) => void; reject: (e: Error) => void }[] = [];
/** A search the test answers by hand, as the worker would. */
const search = () => new Promise<Found>((resolve, reject) => pending.push({ resolve, reject }));
const store = () => createAppStore({ data: loadEmbeddedData(), locale: 'en' });
const replied = () => new Promise((r) => setTimeout(r, 0));
const next = async () => {
  await vi.waitFor(() => expect(pending.length).toBeGreaterThan(0), { timeout: 5_000 });
  return pending.shift()!;
};

afterEach(() => {
  pending.length = 0;
});

describe('suggested sites in the store', () => {
  it('keeps the reply for the inputs it was asked for, and how many were asked', async () => {
    const s = store();
    const run = s.getState().suggest(3, search);
    expect(s.getState().suggestRun).toEqual({ status: 'running', n: 3 });
    (await next()).resolve([{ point: [98.98, 18.76], gain: 850 }]);
    expect(await run).toBe('done');
    expect(s.getState().suggestions).toEqual([{ point: [98.98, 18.76], gain: 850 }]);
    expect(s.getState().suggestRun).toEqual({ status: 'done', n: 3 });
  });

  it('drops a reply that arrives after the parameters changed, so a report never mixes two analyses', async () => {
    const s = store();
    const run = s.getState().suggest(3, search);
    const reply = await next();
    s.getState().setCoverageParams({ threshold: 800 });
    reply.resolve([{ point: [98.98, 18.76], gain: 850 }]);
    expect(await run).toBe('stale');
    await replied();
    expect(s.getState().suggestions).toEqual([]);
    expect(s.getState().suggestRun).toEqual({ status: 'idle' });
  });

  it('clears the suggestions when a what-if site is placed, and adopts them as what-if sites', async () => {
    const s = store();
    const run = s.getState().suggest(2, search);
    (await next()).resolve([
      { point: [98.98, 18.76], gain: 850 },
      { point: [98.97, 18.79], gain: 780 },
    ]);
    await run;
    s.getState().adoptSuggestions();
    expect(s.getState().candidates.map((c) => c.point)).toEqual([
      [98.98, 18.76],
      [98.97, 18.79],
    ]);
    expect(s.getState().suggestions).toEqual([]);
    expect(s.getState().suggestRun).toEqual({ status: 'idle' });
  });

  it('keeps a failure as a value with the worker’s message', async () => {
    const s = store();
    const run = s.getState().suggest(3, search);
    (await next()).reject(new Error('the walking network is not loaded'));
    expect(await run).toBe('failed');
    expect(s.getState().suggestRun).toEqual({ status: 'failed', error: 'the walking network is not loaded' });
  });

  it('keeps at most the what-if sites a link can carry', () => {
    const s = store();
    for (let i = 0; i < MAX_WHAT_IF + 2; i++) s.getState().addCandidate([98.98, 18.76 + i / 1000]);
    expect(s.getState().candidates).toHaveLength(MAX_WHAT_IF);
  });
});
