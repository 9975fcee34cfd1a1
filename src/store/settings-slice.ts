import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export type Basemap = 'none' | 'osm';

export type SettingsSlice = {
  basemap: Basemap;
  setBasemap: (basemap: Basemap) => void;
};

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  basemap: 'none',
  setBasemap: (basemap) => set({ basemap }),
});
