import type { StateCreator } from 'zustand';
import type { AppState } from './index';

import type { Basemap } from '../domain/view';

export type { Basemap };

export type SettingsSlice = {
  basemap: Basemap;
  setBasemap: (basemap: Basemap) => void;
};

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  basemap: 'none',
  setBasemap: (basemap) => set({ basemap }),
});
