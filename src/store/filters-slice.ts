import type { StateCreator } from 'zustand';
import {
  CATEGORIES, STATUSES, WATERWAY_KINDS,
  type Category, type Status, type Theme, type WaterwayKind,
} from '../domain/vocab';
import type { AppState } from './index';

export type ListOrder = 'canal' | 'name' | 'distance';

export type Filters = {
  /** Waterway kinds drawn on the map. */
  kinds: WaterwayKind[];
  /** Site categories shown (map and list). */
  categories: Category[];
  /** Themes: a site shows if it has any of them; empty means every theme. */
  themes: Theme[];
  statuses: Status[];
};

export const DEFAULT_FILTERS: Filters = {
  kinds: [...WATERWAY_KINDS],
  categories: [...CATEGORIES],
  themes: [],
  statuses: [...STATUSES],
};

export type FiltersSlice = Filters & {
  listOrder: ListOrder;
  setFilters: (filters: Partial<Filters>) => void;
  toggle: <K extends keyof Filters>(key: K, value: Filters[K][number]) => void;
  resetFilters: () => void;
  setListOrder: (order: ListOrder) => void;
};

export const createFiltersSlice =
  (initial: Partial<Filters>): StateCreator<AppState, [], [], FiltersSlice> =>
  (set) => ({
    ...DEFAULT_FILTERS,
    ...initial,
    listOrder: 'canal',
    setFilters: (filters) => set(filters),
    toggle: (key, value) =>
      set((s) => {
        const current = s[key] as readonly string[];
        const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
        return { [key]: next } as Partial<AppState>;
      }),
    resetFilters: () => set(DEFAULT_FILTERS),
    setListOrder: (listOrder) => set({ listOrder }),
  });
