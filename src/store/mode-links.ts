/**
 * Each mode's part of a link, as a table (the URL codecs of the mode table, ui/modes.ts): what it
 * reads from a link, how strongly the link asks for that mode, and what it writes while its mode is
 * open, and whether the coverage analysis runs while it is open. url-state.ts, main.tsx and
 * coverage-run.ts read the table instead of testing a mode's name.
 *
 * Adding a mode with link parameters: an entry here (its codec in its own file, as walk-url.ts).
 */
import { DEFAULT_PARAMS, paramsFromURL, paramsToURL, type CoverageParams } from '../domain/coverage/params-url';
import type { Walk } from '../domain/schema';
import type { LngLat } from '../domain/types';
import type { TripView } from './trip-slice';
import { parseTripParams, writeTripParams } from './trip-url';
import type { Origin } from './ui-slice';
import type { UrlProblem, UrlState } from './url-state';
import { parseWalkParams, writeWalkParams } from './walk-url';
import type { Panel, WalkPlan } from './walk-slice';
import { parseWhatIf, WHAT_IF_PARAM, writeWhatIf } from './what-if-url';

/** What the links know of the data: ids a link may name. */
export type LinkKnown = { sites: ReadonlySet<string>; walks: readonly Walk[] };

/** The parts of the state the mode links write. */
export type LinkState = {
  walk?: WalkPlan;
  origin?: Origin | null;
  tripLink?: string | null;
  tripView?: TripView;
  coverageParams?: CoverageParams;
  candidates?: readonly { point: LngLat }[];
};

export type ModeLink = {
  /**
   * What the link says for this mode, and how strongly it asks for the mode: 0 not at all; the
   * opening mode is the one asked for most strongly (a `panel=` parameter counts `PANEL_PARAM`).
   */
  read: (params: URLSearchParams, known: LinkKnown) => { value: Partial<UrlState>; problems: UrlProblem[]; opens: number };
  /** Writes the mode's parameters while it is open; true when they name the mode themselves (no `panel=` needed). */
  write: (params: URLSearchParams, state: LinkState) => boolean;
  /** The coverage analysis runs while this mode is open (store/coverage-run.ts), and the map draws it (ui/map-scene.ts). */
  coverage?: true;
};

/** How strongly `panel=<mode>` asks for its mode: above research parameters, below a walk's stops or a trip's code. */
export const PANEL_PARAM = 2;

const none: ModeLink = { read: () => ({ value: {}, problems: [], opens: 0 }), write: () => false };

export const MODE_LINKS: Readonly<Record<Panel, ModeLink>> = {
  explore: none,
  walk: {
    // `?walk=` or `?stops=` opens the Walk tab; its options (profile, pace, start) are read either way.
    read: (params, known) => {
      const { value, problems } = parseWalkParams(params, known);
      return { value, problems, opens: params.has('walk') || params.has('stops') ? 3 : 0 };
    },
    write: (params, state) => (state.walk ? writeWalkParams(params, state.walk, state.origin ?? null) : false),
  },
  trip: {
    // `?trip=` opens the Field trip tab (decoded there, with unknown sites named).
    read: (params) => {
      const trip = parseTripParams(params);
      return { value: trip, problems: [], opens: trip.tripLink === null ? 0 : 4 };
    },
    write: (params, state) => writeTripParams(params, state.tripLink ?? null, state.tripView === 'plan'),
  },
  research: {
    coverage: true,
    // `cov_*` parameters (threshold, spacing, which sites count) and what-if sites repeat a coverage run.
    read: (params) => {
      const problems: UrlProblem[] = [];
      let coverageParams: CoverageParams | undefined;
      if ([...params.keys()].some((k) => k.startsWith('cov_') && k !== WHAT_IF_PARAM)) {
        const parsed = paramsFromURL(params);
        if (parsed.ok) coverageParams = parsed.params;
        else problems.push({ param: 'coverage', values: parsed.issues.map((i) => i.path || i.detail) });
      }
      const whatIf = parseWhatIf(params.get(WHAT_IF_PARAM));
      if (whatIf.bad.length) problems.push({ param: 'whatIf', values: whatIf.bad });
      const value = { ...(coverageParams ? { coverageParams } : {}), ...(whatIf.points.length ? { whatIf: whatIf.points } : {}) };
      return { value, problems, opens: coverageParams !== undefined || params.has(WHAT_IF_PARAM) ? 1 : 0 };
    },
    write: (params, state) => {
      if (state.coverageParams && state.coverageParams !== DEFAULT_PARAMS) for (const [k, v] of paramsToURL(state.coverageParams)) params.set(k, v);
      const whatIf = writeWhatIf((state.candidates ?? []).map((c) => c.point));
      if (whatIf) params.set(WHAT_IF_PARAM, whatIf);
      return false;
    },
  },
};

/** The open mode runs (and the map draws) the coverage analysis: its entry's `coverage` flag. */
export const runsCoverage = (s: { panel: Panel }): boolean => MODE_LINKS[s.panel].coverage === true;
