/**
 * The field trip being edited: its name, the brief and the stops (inputs), the last proposal's
 * reasons, and the saved trips as read from the browser. Only types come from the trip domain, so
 * the planner, the storage code and the activities stay in the lazily loaded trip chunk, which
 * does the work and hands the results to these actions.
 */
import type { StateCreator } from 'zustand';
import { added, moved, removed } from '../domain/stop-list';
import type { Brief } from '../domain/trip/brief';
import type { ProposeError, StopReason, Excluded } from '../domain/trip/propose';
import type { EndpointProblem } from '../domain/trip/matrix';
import type { TripStore } from '../domain/trip/storage';
import type { TripStop } from '../domain/trip/trip';
import type { AppState } from './index';
import type { PrintLanguage } from './ui-slice';

export type TripDraft = {
  name: string;
  brief: Brief;
  stops: TripStop[];
  /** Stops the teacher removed: a new proposal leaves them out. */
  removed: string[];
  /** The saved trip this draft was opened from or saved as. */
  savedId: string | null;
};

/** What the last "Propose a trip" said: why each stop was chosen, or why nothing fits. */
export type TripProposalNote = { reasons: Record<string, StopReason[]>; excluded: Excluded[]; error: ProposeError | EndpointProblem | null };

export type HandoutLanguage = PrintLanguage;

/** A trip opened from a shared link is shown as the itinerary to follow; planning is one step away. */
export type TripView = 'itinerary' | 'plan';

export type TripSlice = {
  trip: TripDraft | null;
  tripProposal: TripProposalNote | null;
  /** `?trip=` code: the opening link's until the trip chunk reads it, then the current trip's. */
  tripLink: string | null;
  tripLinkPending: boolean;
  /** The opening link was the planner's own (`edit=1`). */
  tripLinkEdit: boolean;
  savedTrips: TripStore | null;
  handoutLanguage: HandoutLanguage;
  tripView: TripView;
  setTripView: (view: TripView) => void;
  /** Replaces the draft; `proposal` undefined keeps the last proposal's notes (null clears them). */
  setTrip: (trip: TripDraft, proposal?: TripProposalNote | null) => void;
  updateBrief: (brief: Partial<Brief>) => void;
  renameDraft: (name: string) => void;
  setTripStops: (stops: TripStop[]) => void;
  addTripStop: (id: string) => void;
  removeTripStop: (id: string) => void;
  moveTripStop: (from: number, to: number) => void;
  toggleTripLock: (id: string) => void;
  setTripProposal: (proposal: TripProposalNote | null) => void;
  setTripLink: (code: string | null, pending?: boolean) => void;
  setSavedTrips: (store: TripStore) => void;
  setHandoutLanguage: (language: HandoutLanguage) => void;
};

const idOf = (stop: TripStop) => stop.id;

const withDraft = (s: AppState, change: (d: TripDraft) => Partial<TripDraft>): Partial<AppState> =>
  s.trip ? { trip: { ...s.trip, ...change(s.trip) } } : {};

export const createTripSlice =
  (tripLink: string | null, tripLinkEdit = false): StateCreator<AppState, [], [], TripSlice> =>
  (set) => ({
    trip: null,
    tripProposal: null,
    tripLink,
    tripLinkPending: tripLink !== null,
    tripLinkEdit,
    savedTrips: null,
    handoutLanguage: 'both',
    tripView: 'plan',
    setTripView: (tripView) => set({ tripView }),
    setTrip: (trip, proposal) => set(proposal === undefined ? { trip } : { trip, tripProposal: proposal }),
    updateBrief: (brief) => set((s) => withDraft(s, (d) => ({ brief: { ...d.brief, ...brief } }))),
    renameDraft: (name) => set((s) => withDraft(s, () => ({ name }))),
    setTripStops: (stops) => set((s) => withDraft(s, () => ({ stops }))),
    addTripStop: (id) =>
      set((s) =>
        withDraft(s, (d) => {
          const stops = added(d.stops, { id, locked: false }, idOf);
          return stops ? { stops, removed: d.removed.filter((r) => r !== id) } : {};
        }),
      ),
    removeTripStop: (id) => set((s) => withDraft(s, (d) => ({ stops: removed(d.stops, id, idOf), removed: [...new Set([...d.removed, id])] }))),
    moveTripStop: (from, to) =>
      set((s) =>
        withDraft(s, (d) => {
          const stops = moved(d.stops, from, to);
          return stops ? { stops } : {};
        }),
      ),
    toggleTripLock: (id) => set((s) => withDraft(s, (d) => ({ stops: d.stops.map((x) => (x.id === id ? { ...x, locked: !x.locked } : x)) }))),
    setTripProposal: (tripProposal) => set({ tripProposal }),
    setTripLink: (code, pending = false) => set({ tripLink: code, tripLinkPending: pending }),
    setSavedTrips: (savedTrips) => set({ savedTrips }),
    setHandoutLanguage: (handoutLanguage) => set({ handoutLanguage }),
  });
