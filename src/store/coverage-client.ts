/**
 * The main thread's side of the coverage worker: requests go out with an id, replies come back as
 * promises. The walking network and the waterways are sent once per key (the worker keeps them).
 * Where module workers are unavailable (tests in jsdom, very old browsers) the same session runs
 * in this thread instead.
 */
import { CoverageSession, type CoverageReply, type CoverageRequest } from '../domain/coverage/session';
import type { Suggestion } from '../domain/coverage/suggest';

type Reply = { id: number; ok: boolean; result?: unknown; error?: string; missing?: 'network' | 'waterways' };

export type CoverageClient = {
  compute: (request: CoverageRequest) => Promise<CoverageReply>;
  suggest: (request: CoverageRequest, n: number) => Promise<Suggestion[]>;
};

function inThread(): CoverageClient {
  const session = new CoverageSession();
  return {
    compute: async (request) => session.compute(request),
    suggest: async (request, n) => session.suggest(request, n),
  };
}

function inWorker(worker: Worker): CoverageClient {
  let next = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const sent = new Set<string>();
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const { id, ok, result, error } = event.data;
    const p = pending.get(id);
    pending.delete(id);
    if (ok) p?.resolve(result);
    else p?.reject(new Error(error ?? 'coverage worker failed'));
  };
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || 'coverage worker failed'));
    pending.clear();
  };
  const call = <T>(kind: 'compute' | 'suggest', request: CoverageRequest, n?: number): Promise<T> => {
    // Send the heavy inputs only the first time the worker sees their key.
    const net = `network:${request.network.key}`;
    const ways = `waterways:${request.waterways.key}`;
    const slim: CoverageRequest = {
      ...request,
      network: sent.has(net) ? { key: request.network.key } : request.network,
      waterways: sent.has(ways) ? { key: request.waterways.key } : request.waterways,
    };
    sent.add(net);
    sent.add(ways);
    const id = next++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, kind, request: slim, n });
    });
  };
  return { compute: (r) => call('compute', r), suggest: (r, n) => call('suggest', r, n) };
}

let client: CoverageClient | null = null;

export function coverageClient(): CoverageClient {
  if (!client) {
    client =
      typeof Worker === 'undefined'
        ? inThread()
        : inWorker(new Worker(new URL('../workers/coverage.worker.ts', import.meta.url), { type: 'module' }));
  }
  return client;
}
