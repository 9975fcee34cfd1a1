/**
 * The walking network: built once, in the network worker, the first time a feature that routes
 * (Walk, Field trip, Research, About the data) asks for it, with every site attached. A failure
 * is kept as a value with a message key; asking again retries.
 */
import type { StateCreator } from 'zustand';
import type { NetworkSummary } from '../data/network';
import type { SiteNetwork } from '../domain/walk';
import type { AppState } from './index';

export type NetworkState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: NetworkSummary; built: SiteNetwork }
  | { status: 'failed'; error: string; detail: string };

export type NetworkSlice = {
  network: NetworkState;
  /** Starts loading the network unless it is loaded or on its way; resolves when it is ready or has failed. */
  loadNetwork: () => Promise<void>;
};

export const createNetworkSlice: StateCreator<AppState, [], [], NetworkSlice> = (set, get) => {
  /** The load under way, so a second caller waits for the same one. */
  let loading: Promise<void> | null = null;
  const load = async () => {
    set({ network: { status: 'loading' } });
    const sites = get().data.sites.value.map((s) => ({ id: s.properties.id, point: s.geometry.coordinates }));
    try {
      // Loaded with the features that route, not at start-up (a chunk that fails to load is a failure too).
      const [{ networkClient }, { graphFromTransfer }, { DATA_URLS }, { measured }] = await Promise.all([
        import('./network-client'),
        import('../domain/network/transfer'),
        import('../data/urls'),
        import('./measured'),
      ]);
      const reply = await networkClient().siteNetwork(new URL(DATA_URLS.network, document.baseURI).href, sites);
      const built: SiteNetwork = measured('routing:network', () => ({
        graph: graphFromTransfer(reply.graph),
        anchors: new Map(reply.anchors.map((a) => [a.id, a])),
        failures: new Map(reply.failures.map((f) => [f.id, f])),
        stats: reply.stats,
        siteCosts: reply.siteCosts,
      }));
      set({ network: { status: 'ready', data: reply.summary, built } });
    } catch (error) {
      const failure = (error as { failure?: { error: string; detail: string } }).failure ?? { error: 'network.failed', detail: String(error) };
      set({ network: { status: 'failed', error: failure.error, detail: failure.detail } });
    }
  };
  return {
    network: { status: 'idle' },
    loadNetwork: () => {
      const { status } = get().network;
      if (status === 'ready') return Promise.resolve();
      if (status === 'loading' && loading) return loading;
      loading = load().finally(() => {
        loading = null;
      });
      return loading;
    },
  };
};
