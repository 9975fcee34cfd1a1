import { describe, expect, it } from 'vitest';
import type { CoverageReply, CoverageRequest } from '../../src/domain/coverage/session';
import { loadEmbeddedData } from '../../src/data';
import { createAppStore } from '../../src/store';
import { runCoverage } from '../../src/store/coverage-run';

/** A worker the test answers by hand: each request waits until the test replies to it. */
function fakeWorker() {
  const calls: { request: CoverageRequest; reply: (r: CoverageReply) => void; fail: (e: Error) => void }[] = [];
  const compute = (request: CoverageRequest) =>
    new Promise<CoverageReply>((reply, fail) => calls.push({ request, reply, fail }));
  return { calls, compute };
}
const reply = (tag: number) => ({ tag }) as unknown as CoverageReply;
const settled = () => new Promise((r) => setTimeout(r, 0));

describe('the coverage analysis as a reaction of the store (no rendering)', () => {
  it('runs once when the Research tab is open, and again for each change of its inputs', async () => {
    const store = createAppStore({ data: loadEmbeddedData(), locale: 'en', panel: 'research' });
    const worker = fakeWorker();
    const stop = runCoverage(store, worker.compute);
    expect(worker.calls).toHaveLength(1);
    expect(store.getState().coverageBusy).toBe(true);
    store.getState().addCandidate([98.99, 18.79]);
    expect(worker.calls).toHaveLength(2);
    expect(worker.calls[1]!.request.candidates).toHaveLength(1);
    // A change elsewhere (the language) sends nothing.
    store.getState().setLocale('th');
    expect(worker.calls).toHaveLength(2);
    stop();
  });

  it('keeps only the reply to the latest request: an older one arriving late is dropped', async () => {
    const store = createAppStore({ data: loadEmbeddedData(), locale: 'en', panel: 'research' });
    const worker = fakeWorker();
    runCoverage(store, worker.compute);
    store.getState().addCandidate([98.99, 18.79]);
    worker.calls[1]!.reply(reply(2));
    await settled();
    worker.calls[0]!.reply(reply(1));
    await settled();
    expect(store.getState().coverage).toEqual(reply(2));
    expect(store.getState().coverageBusy).toBe(false);
  });

  it('says why when the worker fails, and only for the latest request', async () => {
    const store = createAppStore({ data: loadEmbeddedData(), locale: 'en', panel: 'research' });
    const worker = fakeWorker();
    runCoverage(store, worker.compute);
    worker.calls[0]!.fail(new Error('network file unreadable'));
    await settled();
    expect(store.getState().coverageError).toContain('network file unreadable');
    expect(store.getState().coverageBusy).toBe(false);
  });

  it('sends nothing while another tab is open, and catches up when Research opens again', async () => {
    const store = createAppStore({ data: loadEmbeddedData(), locale: 'en', panel: 'explore' });
    const worker = fakeWorker();
    runCoverage(store, worker.compute);
    expect(worker.calls).toHaveLength(0);
    store.setState({ panel: 'research' });
    expect(worker.calls).toHaveLength(1);
    worker.calls[0]!.reply(reply(1));
    await settled();
    // Leaving and coming back with the same inputs: the reply already there stands.
    store.setState({ panel: 'explore' });
    store.setState({ panel: 'research' });
    expect(worker.calls).toHaveLength(1);
    // A change made while away is caught up with on return, once.
    store.setState({ panel: 'explore' });
    store.getState().addCandidate([98.99, 18.79]);
    expect(worker.calls).toHaveLength(1);
    store.setState({ panel: 'research' });
    expect(worker.calls).toHaveLength(2);
    expect(worker.calls[1]!.request.candidates).toHaveLength(1);
  });
});
