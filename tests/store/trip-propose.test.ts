import { describe, expect, it } from 'vitest';
import { loadEmbeddedData } from '../../src/data';
import { createAppStore } from '../../src/store';
import { newDraft } from '../../src/store/trip-draft';
import { proposeInto } from '../../src/store/trip-propose';

describe('"Propose a trip" before the walking network has loaded', () => {
  it('waits for the network and then proposes: the click is not lost', async () => {
    const data = loadEmbeddedData();
    const store = createAppStore({ data, locale: 'en', panel: 'trip' });
    store.getState().setTrip(newDraft(data.sites.value, 'Trip'), null);
    expect(store.getState().network.status).toBe('idle');
    const asked = proposeInto(store);
    expect(store.getState().network.status).toBe('loading');
    // A second caller (the panel's own load) waits for the same load.
    const again = store.getState().loadNetwork();
    await Promise.all([asked, again]);
    expect(store.getState().network.status).toBe('ready');
    expect(store.getState().trip!.stops.length).toBeGreaterThan(0);
    expect(store.getState().tripProposal?.error).toBeNull();
  });
});
