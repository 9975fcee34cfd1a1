/**
 * The one definition of the project's data shapes (waterways and sites). The app's loader and the
 * data tests both validate against these schemas, so a shape can only change in one place.
 */
// zod/mini: the same validation in a fraction of the bundle (measured by `npm run bench`).
import { z } from 'zod/mini';
import {
  BANKS, CATEGORIES, CONFIDENCES, PATH_KINDS, SHADES, STATUSES, STEP_FREE, STUDY_AREA, THEMES, WALK_MAX_STOPS, WATERWAY_KINDS,
} from './vocab.ts';

// The vocabularies live in vocab.ts (zod-free, for the start-up code); re-exported for the schemas' users.
export {
  BANKS, CATEGORIES, CONFIDENCES, LOCALES, PATH_KINDS, SHADES, STATUSES, STEP_FREE, STUDY_AREA, THEMES, WALK_MAX_STOPS, WATERWAY_KINDS,
  type Locale,
} from './vocab.ts';

/** Text in both languages; neither may be blank. */
const Text = z.string().check(z.trim(), z.minLength(1));
export const Localized = z.object({ th: Text, en: Text });
export type Localized = z.infer<typeof Localized>;

export const Confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof Confidence>;

const Lng = z.number().check(z.gte(STUDY_AREA.west), z.lte(STUDY_AREA.east));
const Lat = z.number().check(z.gte(STUDY_AREA.south), z.lte(STUDY_AREA.north));
export const Position = z.tuple([Lng, Lat]);

const LineString = z.object({
  type: z.literal('LineString'),
  coordinates: z.array(Position).check(z.minLength(2)),
});
const MultiLineString = z.object({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(Position).check(z.minLength(2))).check(z.minLength(1)),
});
const Point = z.object({ type: z.literal('Point'), coordinates: Position });

/** A stable slug: lower-case letters, digits and single hyphens. */
export const Slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be a lower-case slug'));

export const WaterwayKind = z.enum(WATERWAY_KINDS);
export type WaterwayKind = z.infer<typeof WaterwayKind>;

export const WaterwayProperties = z.object({
  id: Slug,
  kind: WaterwayKind,
  name: Localized,
  description: Localized,
  source: Text,
  sourceUrl: z.optional(z.url()),
  licence: z.optional(Text),
  confidence: Confidence,
  /** Whether the geometry was checked against a primary source (false: drawn from a description). */
  verified: z.boolean(),
  /** True where the course is an approximation, not a survey. */
  approximate: z.boolean(),
  /** How far the drawn line may be from the real course, in metres. */
  geometryAccuracy: z.number().check(z.positive(), z.lte(5000)),
});
export type WaterwayProperties = z.infer<typeof WaterwayProperties>;

export const WaterwayFeature = z.object({
  type: z.literal('Feature'),
  id: z.optional(Slug),
  geometry: z.union([LineString, MultiLineString]),
  properties: WaterwayProperties,
});
export type WaterwayFeature = z.infer<typeof WaterwayFeature>;

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const StepFree = z.enum(STEP_FREE);
export type StepFree = z.infer<typeof StepFree>;

export const SiteProperties = z.object({
  id: Slug,
  category: Category,
  themes: z.array(Theme).check(z.minLength(1), z.refine((t) => new Set(t).size === t.length, 'themes repeat')),
  name: Localized,
  summary: Localized,
  learn: Localized,
  status: Status,
  source: Text,
  sourceUrl: z.optional(z.url()),
  confidence: Confidence,
  /** Radius in metres within which the real place lies. */
  positionAccuracy: z.number().check(z.positive(), z.lte(2000)),
  /** Suggested time to spend there (an editorial planning figure, not a sourced fact). */
  visitMinutes: z.int().check(z.gte(1), z.lte(240)),
  stepFree: StepFree,
  /** Only where a source gives them; shown with that source, and flagged until confirmed. */
  /** Hours as a source gives them; `verified: false` until a source that runs the place confirms them. */
  openingHours: z.optional(z.object({ text: Localized, source: Text, verified: z.boolean() })),
  /** Sampling-programme code, for the water-sampling bridges (MK01–MK08). */
  code: z.optional(z.string().check(z.regex(/^MK\d{2}$/))),
});
export type SiteProperties = z.infer<typeof SiteProperties>;

export const SiteFeature = z.object({
  type: z.literal('Feature'),
  id: z.optional(Slug),
  geometry: Point,
  properties: SiteProperties,
});
export type SiteFeature = z.infer<typeof SiteFeature>;

export const FeatureCollectionShell = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.unknown()),
});

/** A waterway the sources name but whose course is unknown: listed, never drawn. */
export const UnmappedWaterway = z.object({
  id: Slug,
  name: Localized,
  note: Localized,
  source: Text,
  confidence: Confidence,
});
export type UnmappedWaterway = z.infer<typeof UnmappedWaterway>;

/* ----------------------------------------------------------------------------------------------
 * Walking network (data/network.geojson) and curated walks (data/walks.json).
 * -------------------------------------------------------------------------------------------- */

export const PathKind = z.enum(PATH_KINDS);
export type PathKind = z.infer<typeof PathKind>;

export const Shade = z.enum(SHADES);
export type Shade = z.infer<typeof Shade>;

export const Bank = z.enum(BANKS);
export type Bank = z.infer<typeof Bank>;

export const PathProperties = z.object({
  id: Slug,
  kind: PathKind,
  /**
   * Whether the step-free rule admits the line: streets yes (a street carries traffic, so it has
   * no steps along it; kerbs and pavements are not surveyed), lines no source describes the access
   * of no. Not a survey; "About the data" states the rule.
   */
  stepFree: z.boolean(),
  /** Only where surveyed: no line has shade or lighting data yet. */
  shade: z.optional(Shade),
  lit: z.optional(z.boolean()),
  /** A name only where a source gives it (a bridge a site names); never a site's name used as a street. */
  name: z.optional(Localized),
  /**
   * The waterway this line runs beside, and on which bank where that is known: used by the
   * along-the-canal route type and the directions. A walkway whose bank no source gives has none.
   */
  beside: z.optional(z.object({ waterway: Slug, bank: z.optional(Bank) })),
  /** The waterway a bridge crosses. */
  crosses: z.optional(Slug),
  /** A key into the network file's `sources`, which gives the full citation. */
  source: Slug,
  confidence: Confidence,
  /** True: drawn from a description (not mapped), so the line is only roughly where the walkway is. */
  approximate: z.boolean(),
});
export type PathProperties = z.infer<typeof PathProperties>;

export const PathFeature = z.object({
  type: z.literal('Feature'),
  id: z.optional(Slug),
  geometry: z.union([LineString, MultiLineString]),
  properties: PathProperties,
});
export type PathFeature = z.infer<typeof PathFeature>;

/** Where the lines of the walking network come from: each feature's `source` names one of these. */
export const NetworkSource = z.object({
  /** A short name for lists ("Streets from OpenStreetMap"). */
  label: Localized,
  /** The full citation: what the source says and how the lines were drawn from it. */
  th: Text,
  en: Text,
  licence: z.optional(Text),
  attribution: z.optional(Text),
  url: z.optional(z.url()),
});
export type NetworkSource = z.infer<typeof NetworkSource>;
export const NetworkSources = z.record(Slug, NetworkSource);
export type NetworkSources = z.infer<typeof NetworkSources>;

/** The box the street data was extracted from: beyond it, no street can be expected in the network. */
export const StreetDataBox = z.object({ west: z.number(), south: z.number(), east: z.number(), north: z.number() });
export type StreetDataBox = z.infer<typeof StreetDataBox>;

/* ----------------------------------------------------------------------------------------------
 * Map context from OpenStreetMap: the old city (moat water, wall, gates) and named places.
 * -------------------------------------------------------------------------------------------- */

const Polygon = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(Position).check(z.minLength(4))).check(z.minLength(1)),
});

export const OldCityFeature = z.object({
  type: z.literal('Feature'),
  geometry: z.union([Polygon, Point]),
  properties: z.object({
    kind: z.enum(['moat-water', 'wall', 'gate']),
    /** `way/123`: the OpenStreetMap element. */
    osm: z.string().check(z.regex(/^(node|way|relation)\/\d+$/)),
    name_th: z.optional(Text),
    name_en: z.optional(Text),
    source: Slug,
  }),
});
export type OldCityFeature = z.infer<typeof OldCityFeature>;

export const PLACE_KINDS = ['wat', 'worship', 'market', 'school', 'museum', 'bridge'] as const;
export const PlaceFeature = z.object({
  type: z.literal('Feature'),
  geometry: Point,
  properties: z.object({
    /** The one name OpenStreetMap gives (usually Thai): shown as it is, in both languages. */
    name: Text,
    kind: z.enum(PLACE_KINDS),
    source: Slug,
  }),
});
export type PlaceFeature = z.infer<typeof PlaceFeature>;

export const Walk = z.object({
  id: Slug,
  title: Localized,
  intro: Localized,
  /** Ordered site ids; geometry, distance and time are computed at run time, never stored. */
  stops: z.array(Slug).check(z.minLength(2), z.maxLength(WALK_MAX_STOPS)),
  loop: z.optional(z.boolean()),
  themes: z.array(Theme).check(z.minLength(1)),
});
export type Walk = z.infer<typeof Walk>;
