/**
 * The page's side of the network worker: requests go out with an id, replies come back as
 * promises. Where module workers are unavailable (tests in jsdom, very old browsers) the same
 * service runs in this thread instead. Coverage requests send an imported network's lines once per
 * key (the worker keeps them); the built-in network travels as its URL.
 */
import type { CoverageReply, CoverageRequest } from '../domain/coverage/session';
import type { Suggestion } from '../domain/coverage/suggest';
import { NetworkService, type NetworkMessage, type NetworkReply, type SiteNetworkReply, type SitePoint } from '../workers/network-service';

export type NetworkFailure = { error: string; detail: string };

export type NetworkClient = {
  siteNetwork: (url: string, sites: readonly SitePoint[]) => Promise<SiteNetworkReply>;
  compute: (request: CoverageRequest) => Promise<CoverageReply>;
  suggest: (request: CoverageRequest, n: number) => Promise<Suggestion[]>;
};

/** A rejected request: the message key and the detail, as an Error the callers can read. */
export class NetworkError extends Error {
  constructor(readonly failure: NetworkFailure) {
    super(failure.detail);
  }
}

type Send = (message: NetworkMessage) => Promise<NetworkReply>;
/** A message before it gets its id (distributes over the union). */
type Unsent<M> = M extends unknown ? Omit<M, 'id'> : never;

function client(send: Send): NetworkClient {
  let next = 1;
  const sent = new Set<string>();
  const call = async <T>(message: Unsent<NetworkMessage>): Promise<T> => {
    const reply = await send({ ...message, id: next++ } as NetworkMessage);
    if (!reply.ok) throw new NetworkError({ error: reply.error, detail: reply.detail });
    return reply.result as T;
  };
  const coverage = <T>(kind: 'compute' | 'suggest', request: CoverageRequest, n?: number): Promise<T> => {
    // Send an imported network's lines only the first time the worker sees their key.
    const net = `network:${request.network.key}`;
    const ways = `waterways:${request.waterways.key}`;
    const slim: CoverageRequest = {
      ...request,
      network: sent.has(net) ? { key: request.network.key, url: request.network.url } : request.network,
      waterways: sent.has(ways) ? { key: request.waterways.key } : request.waterways,
    };
    sent.add(net);
    sent.add(ways);
    return call<T>({ kind, request: slim, n });
  };
  return {
    siteNetwork: (url, sites) => call<SiteNetworkReply>({ kind: 'site-network', url, sites }),
    compute: (request) => coverage('compute', request),
    suggest: (request, n) => coverage('suggest', request, n),
  };
}

function inThread(): Send {
  const service = new NetworkService();
  return async (message) => (await service.handle(message)).reply;
}

function inWorker(worker: Worker): Send {
  const pending = new Map<number, (reply: NetworkReply) => void>();
  worker.onmessage = (event: MessageEvent<NetworkReply>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  worker.onerror = (event) => {
    for (const [id, resolve] of pending) resolve({ id, ok: false, error: 'network.failed', detail: event.message || 'the network worker failed' });
    pending.clear();
  };
  return (message) => new Promise((resolve) => {
    pending.set(message.id, resolve);
    worker.postMessage(message);
  });
}

let shared: NetworkClient | null = null;

/** Forgets the client, so the next call starts a new one (each test renders a fresh app). */
export function resetNetworkClient(): void {
  shared = null;
}

/** The one client (and worker) of the page. */
export function networkClient(): NetworkClient {
  shared ??= client(
    typeof Worker === 'undefined' ? inThread() : inWorker(new Worker(new URL('../workers/network.worker.ts', import.meta.url), { type: 'module' })),
  );
  return shared;
}
