import type { StateCreator } from 'zustand';
import type { Locale } from '../domain/schema';
import type { AppState } from './index';

export type LocaleSlice = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
};

export const createLocaleSlice =
  (initial: Locale): StateCreator<AppState, [], [], LocaleSlice> =>
  (set) => ({
    locale: initial,
    setLocale: (locale) => set({ locale }),
  });
