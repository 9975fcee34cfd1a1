/**
 * The page's side of the network worker: requests go out with an id, replies come back as
 * promises. Where module workers are unavailable (tests in jsdom, very old browsers) the same
 * service runs in this thread instead. Coverage requests send an imported network's lines once per
 * key (the worker keeps them); the built-in network travels as its URL.
 */
import type { CoverageReply, CoverageRequest } from '../domain/coverage/session';
import type { Suggestion } from '../domain/coverage/suggest';
import { toWire } from '../workers/wire';
import { NetworkService, type NetworkMessage, type NetworkReply, type SiteNetworkReply, type SitePoint } from '../workers/network-service';

export { BUILT_IN_KEY } from '../workers/network-service';

export type NetworkFailure = { error: string; detail: string };

export type NetworkClient = {
  siteNetwork: (url: string, sites: readonly SitePoint[]) => Promise<SiteNetworkReply>;
  compute: (request: CoverageRequest) => Promise<CoverageReply>;
  suggest: (request: CoverageRequest, n: number) => Promise<Suggestion[]>;
};

/**
 * A rejected request: the message key and the detail, as an Error the callers can read.
 * @example try { await networkClient().compute(request); } catch (e) { if (e instanceof NetworkError) show(e.failure.error); }
 */
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
  const coverage = async <T>(kind: 'compute' | 'suggest', request: CoverageRequest, n?: number): Promise<T> => {
    // Send the lines only while the worker is not known to hold them: a key counts as held once
    // a reply came back without naming it missing (a failed first request holds nothing).
    const net = `network:${request.network.key}`;
    const ways = `waterways:${request.waterways.key}`;
    const slim: CoverageRequest = {
      ...request,
      network: sent.has(net) ? { key: request.network.key, url: request.network.url } : request.network,
      waterways: sent.has(ways) ? { key: request.waterways.key } : request.waterways,
    };
    let reply = await send({ kind, request: slim, n, id: next++ });
    if (!reply.ok && reply.missing) {
      sent.delete(net);
      sent.delete(ways);
      reply = await send({ kind, request, n, id: next++ });
    }
    if (!reply.ok) throw new NetworkError({ error: reply.error, detail: reply.detail });
    sent.add(net);
    sent.add(ways);
    return reply.result as T;
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
  const fail = (detail: string) => {
    for (const [id, resolve] of pending) resolve({ id, ok: false, error: 'network.failed', detail });
    pending.clear();
    // A worker that failed holds nothing: the next request starts a new one (a retry can work).
    worker.terminate();
    shared = null;
  };
  worker.onerror = (event) => fail(event.message || 'the network worker failed');
  worker.onmessageerror = () => fail('the network worker sent a reply that could not be read');
  return (message) => new Promise((resolve) => {
    pending.set(message.id, resolve);
    // Packing runs in a task of its own, not in the one that rendered the change (a long list
    // would make one long task of both).
    setTimeout(() => worker.postMessage(toWire(message)), 0);
  });
}

let shared: NetworkClient | null = null;

/** Forgets the client, so the next call starts a new one (each test renders a fresh app). */
export function resetNetworkClient(): void {
  shared = null;
}

/**
 * The one client (and worker) of the page.
 * @example const reply = await networkClient().siteNetwork(url, sites); graphFromTransfer(reply.graph);
 */
export function networkClient(): NetworkClient {
  shared ??= client(
    typeof Worker === 'undefined' ? inThread() : inWorker(new Worker(new URL('../workers/network.worker.ts', import.meta.url), { type: 'module' })),
  );
  return shared;
}
