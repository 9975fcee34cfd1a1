import { added, moved, removed } from '../domain/stop-list';
import type { StateCreator } from 'zustand';
import type { Profile } from '../domain/network/types';
import { PACES, WALK_MAX_STOPS } from '../domain/vocab';
import type { AppState } from './index';

export type WalkOrder = 'keep' | 'optimise';
/** Where the walk starts: at its first stop, or at the chosen point (a picked point or the device's location). */
export type WalkStart = 'first-stop' | 'origin';

export type WalkPlan = {
  stops: string[];
  profile: Profile;
  order: WalkOrder;
  loop: boolean;
  start: WalkStart;
  /** Walking pace in km/h. */
  pace: number;
  /** The curated walk these stops came from, while unchanged. */
  curated: string | null;
};

export const DEFAULT_WALK: WalkPlan = {
  stops: [],
  profile: 'shortest',
  order: 'keep',
  loop: false,
  start: 'first-stop',
  pace: PACES.adult,
  curated: null,
};

/** A walk's stops are site ids: each is its own id. */
const self = (id: string) => id;

export const PANELS = ['explore', 'walk', 'trip', 'research'] as const;
export type Panel = (typeof PANELS)[number];

export type WalkSlice = {
  panel: Panel;
  walk: WalkPlan;
  setPanel: (panel: Panel) => void;
  /** Adds a stop at the end; false (and no change) when it is already in, or the walk is full. */
  addStop: (id: string) => boolean;
  removeStop: (id: string) => void;
  moveStop: (from: number, to: number) => void;
  setWalk: (walk: Partial<WalkPlan>) => void;
  clearWalk: () => void;
};

export const createWalkSlice =
  (initial: Partial<WalkPlan>, panel: Panel): StateCreator<AppState, [], [], WalkSlice> =>
  (set, get) => ({
    panel,
    walk: { ...DEFAULT_WALK, ...initial },
    setPanel: (next) => {
      set({ panel: next });
      // Every tab but Explore routes on the walking network. Asked for in a task of its own, so a
      // tab switch paints before the network's code is fetched (the interaction bench).
      if (next !== 'explore') setTimeout(() => void get().loadNetwork(), 0);
    },
    addStop: (id) => {
      const stops = added(get().walk.stops, id, self, WALK_MAX_STOPS);
      if (!stops) return false;
      set((s) => ({ walk: { ...s.walk, stops, curated: null } }));
      return true;
    },
    removeStop: (id) => set((s) => ({ walk: { ...s.walk, stops: removed(s.walk.stops, id, self), curated: null } })),
    moveStop: (from, to) =>
      set((s) => {
        const stops = moved(s.walk.stops, from, to);
        return stops ? { walk: { ...s.walk, stops, curated: null } } : s;
      }),
    setWalk: (walk) => set((s) => ({ walk: { ...s.walk, ...walk } })),
    clearWalk: () => set((s) => ({ walk: { ...DEFAULT_WALK, profile: s.walk.profile, pace: s.walk.pace } })),
  });
