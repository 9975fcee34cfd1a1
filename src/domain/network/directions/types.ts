/** The shapes of walking directions: what a caller passes in and the steps it gets back. */
import type { Localized } from '../../schema';
import type { LngLat, Meters } from '../../types';

export const COMPASS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'] as const;
export type Compass = (typeof COMPASS)[number];

export const TURNS = [
  'straight',
  'slight-left',
  'left',
  'sharp-left',
  'slight-right',
  'right',
  'sharp-right',
  'u-turn',
] as const;
export type Turn = (typeof TURNS)[number];

/** depart: the first step (leaves the start); arrive: the last; the others follow the way walked. */
export type StepKind = 'depart' | 'walk' | 'turn' | 'bridge' | 'steps' | 'arrive';

export type DirectionStep = {
  kind: StepKind;
  /** The change of heading into this step; null for the first and the last step. */
  turn: Turn | null;
  text: string;
  /** Metres walked in this step (access to and from the network included in the first and last). */
  distance: Meters;
  /** Overall heading of the step, degrees clockwise from north. */
  bearing: number;
  /** Where the step begins. */
  at: LngLat;
  edgeIds: number[];
};

/**
 * A named place that may be mentioned as "past …" when the walk goes by it, or at a turn made
 * beside it. `minor`: a context place (from OpenStreetMap) rather than one of the app's sites;
 * sites are named first.
 */
export type Landmark = { id: string; name: Localized; point: LngLat; minor?: boolean };

export type DirectionsContext = {
  /** Names of the walk's stops by id. Landmarks with these ids are never said to be passed. */
  stops: Readonly<Record<string, Localized>>;
  /** Waterway names by id, e.g. `mae-kha` → { th: 'คลองแม่ข่า', en: 'the Mae Kha' }. */
  waterways: Readonly<Record<string, Localized>>;
  landmarks?: readonly Landmark[];
  /** How close the walk must come to a landmark to mention it; default 40 m. */
  landmarkRadius?: Meters;
};
