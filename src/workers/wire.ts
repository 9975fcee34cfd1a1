/**
 * Coverage requests on their way to the worker: the counted sites travel packed, their ids as one
 * string and their points as one Float64Array (each copied whole, fast), so posting 164,000
 * imported sites is not a long task copying as many objects. A list is packed once: the next
 * request with the same list (a new threshold) reuses its pack.
 */
import type { NetworkMessage, SitePoint } from './network-service';

export type PackedSites = { ids: string; points: Float64Array };

/** A message as posted: a coverage request's `sites` left empty and sent packed beside it. */
export type WireMessage = NetworkMessage & { packed?: PackedSites };

const SEPARATOR = '\n';

const packs = new WeakMap<readonly SitePoint[], PackedSites>();

function pack(sites: readonly SitePoint[]): PackedSites {
  const known = packs.get(sites);
  if (known) return known;
  const points = new Float64Array(sites.length * 2);
  const ids: string[] = [];
  for (let i = 0; i < sites.length; i++) {
    const { id, point } = sites[i]!;
    ids.push(id);
    points[i * 2] = point[0];
    points[i * 2 + 1] = point[1];
  }
  const packed = { ids: ids.join(SEPARATOR), points };
  packs.set(sites, packed);
  return packed;
}

/**
 * @example worker.postMessage(toWire(message));
 */
export function toWire(message: NetworkMessage): WireMessage {
  if (message.kind === 'site-network') return message;
  return { ...message, request: { ...message.request, sites: [] }, packed: pack(message.request.sites) };
}

/** The message as it was before `toWire`. */
export function fromWire(data: WireMessage): NetworkMessage {
  const { packed, ...message } = data;
  if (!packed || message.kind === 'site-network') return message;
  const ids = packed.ids === '' ? [] : packed.ids.split(SEPARATOR);
  const sites = ids.map((id, i) => ({ id, point: [packed.points[i * 2]!, packed.points[i * 2 + 1]!] as [number, number] }));
  return { ...message, request: { ...message.request, sites } };
}
