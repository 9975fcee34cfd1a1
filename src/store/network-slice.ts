/**
 * The walking network's loading state: fetched once, the first time a feature that routes (Walk,
 * Field trip, Research, About the data) asks for it. A failure is kept as a value with a message
 * key; asking again retries.
 */
import type { StateCreator } from 'zustand';
import type { NetworkData } from '../data/network';
import type { AppState } from './index';

export type NetworkState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: NetworkData }
  | { status: 'failed'; error: string; detail: string };

export type NetworkSlice = {
  network: NetworkState;
  /** Starts loading the network unless it is loaded or on its way. */
  loadNetwork: () => Promise<void>;
};

export const createNetworkSlice: StateCreator<AppState, [], [], NetworkSlice> = (set, get) => ({
  network: { status: 'idle' },
  loadNetwork: async () => {
    const { status } = get().network;
    if (status === 'loading' || status === 'ready') return;
    set({ network: { status: 'loading' } });
    // Loaded with the features that route, not at start-up.
    const { fetchNetwork } = await import('../data/network');
    const load = await fetchNetwork();
    set({ network: load.ok ? { status: 'ready', data: load.value } : { status: 'failed', error: load.error, detail: load.detail } });
  },
});
