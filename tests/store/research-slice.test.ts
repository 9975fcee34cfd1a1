import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoverageRequest } from '../../src/domain/coverage/session';
import { loadEmbeddedData } from '../../src/data';
import { createAppStore } from '../../src/store';

type Found = { point: [number, number]; gain: number }[];
const pending: { resolve: (found: Found) => void; reject: (e: Error) => void }[] = [];
vi.mock('../../src/store/network-client', () => ({
  networkClient: () => ({ suggest: () => new Promise<Found>((resolve, reject) => pending.push({ resolve, reject })) }),
  resetNetworkClient: () => undefined,
}));

const request = {} as CoverageRequest;
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
    const run = s.getState().suggest(request, 3);
    expect(s.getState().suggestRun).toEqual({ status: 'running', n: 3 });
    (await next()).resolve([{ point: [98.98, 18.76], gain: 850 }]);
    await run;
    expect(s.getState().suggestions).toEqual([{ point: [98.98, 18.76], gain: 850 }]);
    expect(s.getState().suggestRun).toEqual({ status: 'done', n: 3 });
  });

  it('drops a reply that arrives after the parameters changed, so a report never mixes two analyses', async () => {
    const s = store();
    const run = s.getState().suggest(request, 3);
    const reply = await next();
    s.getState().setCoverageParams({ threshold: 800 });
    reply.resolve([{ point: [98.98, 18.76], gain: 850 }]);
    await run;
    await replied();
    expect(s.getState().suggestions).toEqual([]);
    expect(s.getState().suggestRun).toEqual({ status: 'idle' });
  });

  it('clears the suggestions when a what-if site is placed, and adopts them as what-if sites', async () => {
    const s = store();
    const run = s.getState().suggest(request, 2);
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
    const run = s.getState().suggest(request, 3);
    (await next()).reject(new Error('the walking network is not loaded'));
    await run;
    expect(s.getState().suggestRun).toEqual({ status: 'failed', error: 'the walking network is not loaded' });
  });
});
