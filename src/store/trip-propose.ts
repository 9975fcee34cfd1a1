/** "Propose a trip": the proposal from the brief, the locked stops and the removed ones, into the store. */
import { proposeTrip } from '../domain/trip/propose';
import type { AppStore } from './index';
import { selectMatrix } from './trip-selectors';
import { measured } from './measured';

const waiting = new WeakSet<AppStore>();

/**
 * Proposes at once when the walking network is ready; otherwise waits for it (the panel says it is
 * loading), so a click made while it loads is not lost. A failed load is shown by the panel.
 */
export async function proposeInto(store: AppStore): Promise<void> {
  if (store.getState().network.status !== 'ready') {
    // One wait per store: more clicks while the network loads ask for the same one proposal.
    if (waiting.has(store)) return;
    waiting.add(store);
    try {
      await store.getState().loadNetwork();
    } finally {
      waiting.delete(store);
    }
  }
  const s = store.getState();
  const draft = s.trip;
  const matrix = selectMatrix(s);
  if (!draft || !matrix) return;
  if (!matrix.ok) return s.setTripProposal({ reasons: {}, excluded: [], error: matrix.problem });
  const locked = draft.stops.filter((x) => x.locked).map((x) => x.id);
  const out = measured('routing:trip-propose', () => proposeTrip({ brief: draft.brief, sites: s.data.sites.value, matrix: matrix.matrix, locked, exclude: draft.removed }));
  if (!out.ok) return s.setTripProposal({ reasons: {}, excluded: [], error: out.error });
  s.setTripStops(out.stops.map((x) => ({ id: x.id, locked: locked.includes(x.id) })));
  s.setTripProposal({ reasons: Object.fromEntries(out.stops.map((x) => [x.id, x.reasons])), excluded: out.excluded, error: null });
}
