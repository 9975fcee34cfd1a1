import type { StateCreator } from 'zustand';
import { DEFAULT_PARAMS, type CoverageParams } from '../domain/coverage/params-url';
import type { LineCollection, NetworkMode } from '../domain/import/geojson-network';
import type { ImportedSite } from '../domain/import/types';
import type { CoverageReply } from '../domain/coverage/session';
import type { LngLat } from '../domain/types';
import type { AppState } from './index';

/** What-if sites a researcher places on the map (they count like real sites in the coverage). */
export type Candidate = { id: string; point: LngLat };

/** A site the greedy search suggests, with the canal metres it would newly cover. */
export type SuggestedSite = { point: LngLat; gain: number };

/** A researcher's own data, used instead of (or with) the built-in sites or walking network. */
export type OwnSites = { filename: string; sites: ImportedSite[]; mode: 'replace' | 'extend' };
export type OwnNetwork = { filename: string; network: LineCollection; mode: NetworkMode };

export type ResearchSlice = {
  /** The latest coverage from the worker (an async cache of a derived value), and whether a newer one is on its way. */
  coverage: CoverageReply | null;
  coverageBusy: boolean;
  coverageError: string | null;
  setCoverage: (reply: CoverageReply | null, error?: string | null) => void;
  setCoverageBusy: (busy: boolean) => void;
  ownSites: OwnSites | null;
  ownNetwork: OwnNetwork | null;
  setOwnSites: (own: OwnSites | null) => void;
  setOwnNetwork: (own: OwnNetwork | null) => void;
  suggestions: SuggestedSite[];
  setSuggestions: (suggestions: SuggestedSite[]) => void;
  coverageParams: CoverageParams;
  candidates: Candidate[];
  compareStraight: boolean;
  /** The waterway whose chart, gaps and catchments are shown. */
  focusWaterway: string;
  setCoverageParams: (params: Partial<CoverageParams>) => void;
  setCoverageSites: (sites: Partial<CoverageParams['sites']>) => void;
  addCandidate: (point: LngLat) => void;
  removeCandidate: (id: string) => void;
  clearCandidates: () => void;
  setCompareStraight: (on: boolean) => void;
  setFocusWaterway: (id: string) => void;
};

let nextCandidate = 1;

export const createResearchSlice =
  (initial: CoverageParams | undefined): StateCreator<AppState, [], [], ResearchSlice> =>
  (set) => ({
    coverageParams: initial ?? DEFAULT_PARAMS,
    candidates: [],
    coverage: null,
    coverageBusy: false,
    coverageError: null,
    setCoverage: (coverage, error = null) => set({ coverage, coverageBusy: false, coverageError: error }),
    setCoverageBusy: (coverageBusy) => set({ coverageBusy }),
    suggestions: [],
    ownSites: null,
    ownNetwork: null,
    setOwnSites: (ownSites) => set({ ownSites, suggestions: [] }),
    setOwnNetwork: (ownNetwork) => set({ ownNetwork, suggestions: [] }),
    setSuggestions: (suggestions) => set({ suggestions }),
    compareStraight: false,
    focusWaterway: 'mae-kha',
    setCoverageParams: (params) => set((s) => ({ coverageParams: { ...s.coverageParams, ...params } })),
    setCoverageSites: (sites) =>
      set((s) => ({ coverageParams: { ...s.coverageParams, sites: { ...s.coverageParams.sites, ...sites } } })),
    addCandidate: (point) => set((s) => ({ candidates: [...s.candidates, { id: `what-if-${nextCandidate++}`, point }] })),
    removeCandidate: (id) => set((s) => ({ candidates: s.candidates.filter((c) => c.id !== id) })),
    clearCandidates: () => set({ candidates: [] }),
    setCompareStraight: (compareStraight) => set({ compareStraight }),
    setFocusWaterway: (focusWaterway) => set({ focusWaterway }),
  });
