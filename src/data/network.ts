/**
 * The walking network (data/network.geojson) is a static file beside the app, not part of its
 * code: the map's worker fetches it to draw the streets, and the network worker fetches the same
 * URL to build the graph (the service worker keeps it for offline use). It was checked against
 * the schema at build time (vite.config.ts), so here only its outline is checked: a failed
 * download or a damaged file becomes a value the UI names, never an exception.
 */
import type { FeatureCollection } from 'geojson';
import { DATA_URLS } from './urls';
import type { NetworkSources, PathFeature, StreetDataBox } from '../domain/schema';

export const NETWORK_URL = DATA_URLS.network;

export type NetworkData = {
  lines: FeatureCollection & { features: PathFeature[] };
  /** The citation of each `source` key the lines use. */
  sources: NetworkSources;
  /** Where the street data stops: a site beyond it may have no street near it. */
  streetDataBox: StreetDataBox;
};

/** What "About the data" and the walk panel say of the network, without its lines. */
export type NetworkSummary = {
  sources: NetworkSources;
  streetDataBox: StreetDataBox;
  /** Metres of line by source key. */
  lengths: Record<string, number>;
  /** Lines drawn from a description rather than mapped. */
  approximate: number;
  lines: number;
};

export type NetworkLoad =
  | { ok: true; value: NetworkData }
  | { ok: false; error: 'network.offline' | 'network.unreadable'; detail: string };

/**
 * Fetches and reads the walking network.
 * @example const load = await fetchNetwork(); if (load.ok) siteNetwork(load.value.lines, sites);
 */
export async function fetchNetwork(url: string = NETWORK_URL): Promise<NetworkLoad> {
  let text: string;
  try {
    const response = await fetch(url);
    if (!response.ok) return { ok: false, error: 'network.offline', detail: `HTTP ${response.status} for ${url}` };
    text = await response.text();
  } catch (error) {
    return { ok: false, error: 'network.offline', detail: String(error) };
  }
  try {
    const start = performance.now();
    const raw = JSON.parse(text) as { type?: unknown; features?: unknown; sources?: unknown; streetDataBox?: unknown };
    performance.measure('routing:network-parse', { start, end: performance.now() });
    const isObject = (v: unknown) => typeof v === 'object' && v !== null;
    if (raw.type !== 'FeatureCollection' || !Array.isArray(raw.features) || !isObject(raw.sources) || !isObject(raw.streetDataBox)) {
      return { ok: false, error: 'network.unreadable', detail: `${url} is not the walking network (a FeatureCollection with sources)` };
    }
    return {
      ok: true,
      value: { lines: raw as NetworkData['lines'], sources: raw.sources as NetworkSources, streetDataBox: raw.streetDataBox as StreetDataBox },
    };
  } catch (error) {
    return { ok: false, error: 'network.unreadable', detail: String(error) };
  }
}
