import type { StateCreator } from 'zustand';
import type { LngLat } from '../domain/types';
import type { Origin } from '../domain/view';
import type { AppState } from './index';

/** A printed document's language: Thai, English, or both side by side (the handout, the report). */
export type PrintLanguage = 'th' | 'en' | 'both';

export type Selection = { type: 'site' | 'waterway'; id: string } | null;

export type { Origin };

/** What the next map click does: select (default), or pick a point for some purpose. */
export type PickTarget = 'origin' | 'candidate' | null;

/** A notice key plus its i18n values; shown once, dismissible. */
export type Notice = { id: string; key: string; values?: Record<string, string | number> };

/** Printing: the map image is taken first (a WebGL canvas does not print by itself). */
export type PrintState = { status: 'idle' | 'preparing' | 'ready'; image: string | null };

/**
 * The map's side of printing, registered by the map while it is there: a picture (a data: URL) of
 * what it draws for the open tab, framed for a printed page.
 */
export type MapCamera = { picture: () => Promise<string> };

export type UiSlice = {
  /** The map has drawn once: background work (the offline cache) may start. */
  mapReady: boolean;
  setMapReady: () => void;
  print: PrintState;
  mapCamera: MapCamera | null;
  setMapCamera: (camera: MapCamera | null) => void;
  /**
   * Starts printing: the map's picture is taken (none without a map, or when taking it fails: the
   * document's text holds every figure), then the status is 'ready'. A picture that arrives after
   * printing ended, or for an earlier request, is dropped.
   */
  requestPrint: () => void;
  endPrint: () => void;
  selection: Selection;
  aboutOpen: boolean;
  notices: Notice[];
  origin: Origin | null;
  picking: PickTarget;
  select: (selection: Selection) => void;
  setAboutOpen: (open: boolean) => void;
  pushNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  setOrigin: (origin: Origin | null) => void;
  setPicking: (picking: PickTarget) => void;
  /** A map click while picking: does what the pick target's entry in PICK says. */
  pickAt: (point: LngLat) => void;
};

/**
 * What a map click does while picking, one entry per target: the map only reports the point. A new
 * kind of pick is one entry here and one value of PickTarget.
 */
const PICK: Readonly<Record<NonNullable<PickTarget>, (s: AppState, point: LngLat) => void>> = {
  // The walk's or the trip's start: one click, then picking ends (setOrigin ends it).
  origin: (s, point) => s.setOrigin({ kind: 'point', point }),
  // What-if sites: one per click, until the researcher stops placing them.
  candidate: (s, point) => s.addCandidate(point),
};

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => {
  let printRequest = 0;
  return {
    selection: null,
    mapReady: false,
    setMapReady: () => set((s) => (s.mapReady ? s : { mapReady: true })),
    print: { status: 'idle', image: null },
    mapCamera: null,
    setMapCamera: (mapCamera) => set({ mapCamera }),
    requestPrint: () => {
      const ticket = ++printRequest;
      set({ print: { status: 'preparing', image: null } });
      const camera = get().mapCamera;
      const taken = camera
        ? camera.picture().catch((error: unknown) => {
            console.warn('[print] the map picture failed', error);
            return null;
          })
        : Promise.resolve(null);
      void taken.then((image) => {
        if (ticket === printRequest && get().print.status === 'preparing') set({ print: { status: 'ready', image } });
      });
    },
    endPrint: () => {
      printRequest++;
      set({ print: { status: 'idle', image: null } });
    },
    aboutOpen: false,
    notices: [],
    origin: null,
    picking: null,
    select: (selection) => set({ selection }),
    setAboutOpen: (aboutOpen) => set({ aboutOpen }),
    pushNotice: (notice) =>
      set((s) => (s.notices.some((n) => n.id === notice.id) ? s : { notices: [...s.notices, notice] })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
    setOrigin: (origin) => set({ origin, picking: null }),
    setPicking: (picking) => set({ picking }),
    pickAt: (point) => {
      const s = get();
      if (s.picking) PICK[s.picking](s, point);
    },
  };
};
