/**
 * Validation of the embedded data, run at build time by the `embedded-data` plugin in
 * vite.config.ts (and so also under vitest and the dev server): the app receives features that
 * have already passed the schemas, and zod stays out of the start-up bundle.
 */
import type { z } from 'zod/mini';
import { loadFeatures, type Loaded } from '../domain/load.ts';
import {
  NetworkSources, OldCityFeature, PathFeature, PlaceFeature, SiteFeature, StreetDataBox, UnmappedWaterway, Walk, WaterwayFeature,
} from '../domain/schema.ts';
import { ActivitiesFile } from '../domain/trip/activities.ts';

export type Dataset = {
  sites: Loaded<SiteFeature>;
  waterways: Loaded<WaterwayFeature>;
  unmapped: UnmappedWaterway[];
  /** Curated walks; their geometry, distance and time are computed at run time. */
  walks: Walk[];
};

/** The data files as read from `data/`, not yet checked. */
export type RawData = { sites: unknown; waterways: unknown; unmapped: unknown; walks: unknown };

const valid = <T>(schema: z.ZodMiniType<T>, raw: unknown): T[] =>
  (Array.isArray(raw) ? raw : []).flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });

/**
 * Bad features are skipped and reported (`issues`); bad walks and unmapped waterways are dropped.
 * @example validateData({ sites, waterways, unmapped, walks }).sites.issues // []
 */
export function validateData(raw: RawData): Dataset {
  return {
    sites: loadFeatures(raw.sites, SiteFeature, 'sites.geojson'),
    waterways: loadFeatures(raw.waterways, WaterwayFeature, 'waterways.geojson'),
    unmapped: valid(UnmappedWaterway, raw.unmapped),
    walks: valid(Walk, raw.walks),
  };
}

/** Features without ids (old city, places) are checked one by one against their schema. */
function checkAll(raw: unknown, schema: z.ZodMiniType<unknown>, file: string): string[] {
  const features = (raw as { features?: unknown })?.features;
  if (!Array.isArray(features)) return [`${file}: not a FeatureCollection`];
  return features.flatMap((f, i) => (schema.safeParse(f).success ? [] : [`${file} #${i + 1}: does not match its schema`]));
}

/**
 * The files the map and the router fetch by URL (not bundled): every problem, as text, or none.
 * The walking network's features must also name a source its `sources` table describes.
 * @example validateAssets({ network, oldCity, places }) // []
 */
export function validateAssets(raw: { network: unknown; oldCity: unknown; places: unknown; activities?: unknown }): string[] {
  const network = raw.network as { sources?: unknown; streetDataBox?: unknown };
  const problems: string[] = [];
  const sources = NetworkSources.safeParse(network?.sources);
  if (!sources.success) problems.push('network.geojson: `sources` does not match its schema');
  if (!StreetDataBox.safeParse(network?.streetDataBox).success) problems.push('network.geojson: `streetDataBox` is missing or malformed');
  const lines = loadFeatures(raw.network, PathFeature, 'network.geojson');
  problems.push(...lines.issues.map((i) => `network.geojson #${i.index + 1} (${i.featureId ?? '?'}): ${i.detail || i.key}`));
  if (sources.success) {
    for (const f of lines.value) {
      if (!(f.properties.source in sources.data)) problems.push(`network.geojson ${f.properties.id}: unknown source "${f.properties.source}"`);
    }
  }
  problems.push(...checkAll(raw.oldCity, OldCityFeature, 'old-city.geojson'), ...checkAll(raw.places, PlaceFeature, 'places.geojson'));
  if (raw.activities !== undefined) {
    const activities = ActivitiesFile.safeParse(raw.activities);
    if (!activities.success) problems.push(...activities.error.issues.slice(0, 5).map((i) => `activities.json ${i.path.join('.')}: ${i.message}`));
  }
  return problems;
}
