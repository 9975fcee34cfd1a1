import type { StateCreator } from 'zustand';
import type { AppState } from './index';

export type Selection = { type: 'site' | 'waterway'; id: string } | null;

/** A notice key plus its i18n values; shown once, dismissible. */
export type Notice = { id: string; key: string; values?: Record<string, string | number> };

export type UiSlice = {
  selection: Selection;
  aboutOpen: boolean;
  notices: Notice[];
  select: (selection: Selection) => void;
  setAboutOpen: (open: boolean) => void;
  pushNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
};

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  selection: null,
  aboutOpen: false,
  notices: [],
  select: (selection) => set({ selection }),
  setAboutOpen: (aboutOpen) => set({ aboutOpen }),
  pushNotice: (notice) =>
    set((s) => (s.notices.some((n) => n.id === notice.id) ? s : { notices: [...s.notices, notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
