/**
 * Validation of the embedded data, run at build time by the `embedded-data` plugin in
 * vite.config.ts (and so also under vitest and the dev server): the app receives features that
 * have already passed the schemas, and zod stays out of the start-up bundle.
 */
import type { z } from 'zod/mini';
import { loadFeatures, type Loaded } from '../domain/load.ts';
import { SiteFeature, UnmappedWaterway, Walk, WaterwayFeature } from '../domain/schema.ts';

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
