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
      // Every tab but Explore routes on the walking network.
      if (next !== 'explore') void get().loadNetwork();
    },
    addStop: (id) => {
      const { stops } = get().walk;
      if (stops.includes(id) || stops.length >= WALK_MAX_STOPS) return false;
      set((s) => ({ walk: { ...s.walk, stops: [...stops, id], curated: null } }));
      return true;
    },
    removeStop: (id) => set((s) => ({ walk: { ...s.walk, stops: s.walk.stops.filter((x) => x !== id), curated: null } })),
    moveStop: (from, to) =>
      set((s) => {
        const stops = [...s.walk.stops];
        if (to < 0 || to >= stops.length || from === to) return s;
        const [moved] = stops.splice(from, 1);
        stops.splice(to, 0, moved!);
        return { walk: { ...s.walk, stops, curated: null } };
      }),
    setWalk: (walk) => set((s) => ({ walk: { ...s.walk, ...walk } })),
    clearWalk: () => set((s) => ({ walk: { ...DEFAULT_WALK, profile: s.walk.profile, pace: s.walk.pace } })),
  });
