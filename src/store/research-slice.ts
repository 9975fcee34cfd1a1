import type { StateCreator } from 'zustand';
import { DEFAULT_PARAMS, type CoverageParams } from '../domain/coverage/params-url';
import type { LineCollection, NetworkMode } from '../domain/import/geojson-network';
import type { ImportedSite } from '../domain/import/types';
import type { CoverageReply } from '../domain/coverage/session';
import type { LngLat } from '../domain/types';
import type { AppState } from './index';
import { MAX_WHAT_IF } from './what-if-url';
import type { PrintLanguage } from './ui-slice';

/** What-if sites a researcher places on the map (they count like real sites in the coverage). */
export type Candidate = { id: string; point: LngLat };

/** A site the greedy search suggests, with the canal metres it would newly cover. */
export type SuggestedSite = { point: LngLat; gain: number };

/** A researcher's own data, used instead of (or with) the built-in sites or walking network. */
/** An imported file as a run record names it: its size, its SHA-256, and its rows used and refused. */
export type ImportedFile = { bytes: number; sha256: string; used: number; refused: number };
export type OwnSites = { filename: string; sites: ImportedSite[]; mode: 'replace' | 'extend'; file: ImportedFile };
export type OwnNetwork = { filename: string; network: LineCollection; mode: NetworkMode; file: ImportedFile };

/** The last suggestion search: none, running, done (for how many), or failed with the worker's message. */
export type SuggestRun = { status: 'idle' } | { status: 'running'; n: number } | { status: 'done'; n: number } | { status: 'failed'; error: string };

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
  /** The greedy search's sites for the current inputs (cleared when the parameters, sites or what-ifs change). */
  suggestions: SuggestedSite[];
  suggestRun: SuggestRun;
  /**
   * Runs a search for `n` suggestions (the caller's worker call); a reply for inputs that have
   * since changed is dropped. Resolves with what became of it.
   */
  suggest: (n: number, search: () => Promise<readonly SuggestedSite[]>) => Promise<'done' | 'failed' | 'stale'>;
  /** Adds the suggestions as what-if sites. */
  adoptSuggestions: () => void;
  coverageParams: CoverageParams;
  candidates: Candidate[];
  compareStraight: boolean;
  /** The waterway whose chart, gaps and catchments are shown. */
  focusWaterway: string;
  /** The printed report's language: Thai, English, or both side by side. */
  reportLanguage: PrintLanguage;
  setReportLanguage: (language: PrintLanguage) => void;
  setCoverageParams: (params: Partial<CoverageParams>) => void;
  setCoverageSites: (sites: Partial<CoverageParams['sites']>) => void;
  addCandidate: (point: LngLat) => void;
  removeCandidate: (id: string) => void;
  clearCandidates: () => void;
  setCompareStraight: (on: boolean) => void;
  setFocusWaterway: (id: string) => void;
};

let nextCandidate = 1;
const candidate = (point: LngLat): Candidate => ({ id: `what-if-${nextCandidate++}`, point });

export const createResearchSlice =
  (initial: CoverageParams | undefined, whatIf: readonly LngLat[] = []): StateCreator<AppState, [], [], ResearchSlice> =>
  (set, get) => {
  /** The search under way for the current inputs; a change of inputs makes its reply stale. */
  let searching: object | null = null;
  /** What a change of the coverage's inputs resets: suggestions made for the old inputs. */
  const stale = () => {
    searching = null;
    return { suggestions: [] as SuggestedSite[], suggestRun: { status: 'idle' } as SuggestRun };
  };
  /** What-if sites are capped at what a link can carry. */
  const withCandidates = (current: readonly Candidate[], points: readonly LngLat[]) => [...current, ...points.map(candidate)].slice(0, MAX_WHAT_IF);
  return {
    coverageParams: initial ?? DEFAULT_PARAMS,
    candidates: withCandidates([], whatIf),
    coverage: null,
    coverageBusy: false,
    coverageError: null,
    setCoverage: (coverage, error = null) => set({ coverage, coverageBusy: false, coverageError: error }),
    setCoverageBusy: (coverageBusy) => set({ coverageBusy }),
    suggestions: [],
    suggestRun: { status: 'idle' },
    suggest: async (n, search) => {
      const token = {};
      searching = token;
      set({ suggestRun: { status: 'running', n } });
      try {
        const found = await search();
        if (searching !== token) return 'stale';
        set({ suggestions: found.map((x) => ({ point: x.point, gain: x.gain })), suggestRun: { status: 'done', n } });
        return 'done';
      } catch (error) {
        if (searching !== token) return 'stale';
        set({ suggestRun: { status: 'failed', error: error instanceof Error ? error.message : String(error) } });
        return 'failed';
      }
    },
    adoptSuggestions: () => {
      const points = get().suggestions.map((s) => s.point);
      set((s) => ({ candidates: withCandidates(s.candidates, points), ...stale() }));
    },
    ownSites: null,
    ownNetwork: null,
    setOwnSites: (ownSites) => set({ ownSites, ...stale() }),
    setOwnNetwork: (ownNetwork) => set({ ownNetwork, ...stale() }),
    compareStraight: false,
    focusWaterway: 'mae-kha',
    reportLanguage: 'both',
    setReportLanguage: (reportLanguage) => set({ reportLanguage }),
    setCoverageParams: (params) => set((s) => ({ coverageParams: { ...s.coverageParams, ...params }, ...stale() })),
    setCoverageSites: (sites) =>
      set((s) => ({ coverageParams: { ...s.coverageParams, sites: { ...s.coverageParams.sites, ...sites } }, ...stale() })),
    addCandidate: (point) => set((s) => (s.candidates.length >= MAX_WHAT_IF ? {} : { candidates: withCandidates(s.candidates, [point]), ...stale() })),
    removeCandidate: (id) => set((s) => ({ candidates: s.candidates.filter((c) => c.id !== id), ...stale() })),
    clearCandidates: () => set({ candidates: [], ...stale() }),
    setCompareStraight: (compareStraight) => set({ compareStraight }),
    setFocusWaterway: (focusWaterway) => set({ focusWaterway }),
  };
  };
