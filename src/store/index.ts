/**
 * One store of typed slices. Inputs are stored; everything else is derived by selectors.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createContext, useContext } from 'react';
import type { Dataset } from '../data';
import type { Locale } from '../domain/schema';
import { createDataSlice, type DataSlice } from './data-slice';
import { createFiltersSlice, type Filters, type FiltersSlice } from './filters-slice';
import { createLocaleSlice, type LocaleSlice } from './locale-slice';
import { createSettingsSlice, type SettingsSlice, type Basemap } from './settings-slice';
import { createUiSlice, type Selection, type UiSlice } from './ui-slice';
import { createWalkSlice, type Panel, type WalkPlan, type WalkSlice } from './walk-slice';
import { createResearchSlice, type ResearchSlice } from './research-slice';
import type { CoverageParams } from '../domain/coverage/params';
import type { LngLat } from '../domain/types';
import type { FollowSession } from '../domain/follow/session';
import type { ImportState } from '../domain/import/read-file';
// Field trip (issue 5): the slice holds inputs only; the planner loads with the Field trip tab.
import { createTripSlice, type TripSlice } from './trip-slice';
import { createNetworkSlice, type NetworkSlice } from './network-slice';

export type AppState = DataSlice &
  LocaleSlice &
  SettingsSlice &
  UiSlice &
  FiltersSlice &
  WalkSlice &
  ResearchSlice &
  TripSlice &
  NetworkSlice & {
    /** A walk or trip being followed on the device (set by the follow feature, which loads when first used). */
    follow?: FollowSession | null;
    /** Saved trips that could not be read (or lost trips without a backup): left untouched until the user decides. */
    tripStoreLock?: { raw: string } | null;
    /** The saved trips' text as this page last read or wrote it (a change by another tab differs). */
    tripStoreText?: string | null;
    /** A researcher's file being read or previewed (set by the Research tab, which loads when first opened). */
    ownImport?: ImportState | null;
  };
export type AppStore = StoreApi<AppState>;

export type StoreInit = {
  data: Dataset;
  locale: Locale;
  basemap?: Basemap;
  selection?: Selection;
  filters?: Partial<Filters>;
  walk?: Partial<WalkPlan>;
  panel?: Panel;
  coverageParams?: CoverageParams;
  /** What-if sites from a research link. */
  whatIf?: LngLat[];
  /** A point picked on the map, from a walk link's start. */
  origin?: LngLat;
  /** `?trip=` code from the link (default: the one boot read). */
  tripLink?: string | null;
  /** The `?trip=` link had `edit=1`. */
  tripEdit?: boolean;
};

export function createAppStore(init: StoreInit): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(init.data)(...a),
    ...createLocaleSlice(init.locale)(...a),
    ...createSettingsSlice(...a),
    ...createUiSlice(...a),
    ...createFiltersSlice(init.filters ?? {})(...a),
    ...createWalkSlice(init.walk ?? {}, init.panel ?? 'explore')(...a),
    ...createResearchSlice(init.coverageParams, init.whatIf)(...a),
    ...createTripSlice(init.tripLink ?? null, init.tripEdit ?? false)(...a),
    ...createNetworkSlice(...a),
    ...(init.basemap ? { basemap: init.basemap } : {}),
    ...(init.selection ? { selection: init.selection } : {}),
    ...(init.origin ? { origin: { kind: 'point' as const, point: init.origin } } : {}),
  }));
}

export const StoreContext = createContext<AppStore | null>(null);

export function useAppStore<T>(selector: (s: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a <StoreContext.Provider>');
  return useStore(store, selector);
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStoreApi needs a <StoreContext.Provider>');
  return store;
}
