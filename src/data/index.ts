/**
 * The embedded data: imported at build time so the app needs no network. Validation happens here,
 * at the edge; the rest of the app only sees parsed features.
 */
import rawSites from '../../data/sites.geojson';
import rawWaterways from '../../data/waterways.geojson';
import unmapped from '../../data/unmapped-waterways.json';
import rawWalks from '../../data/walks.json';
import { loadFeatures, type Loaded } from '../domain/load';
import { SiteFeature, UnmappedWaterway, Walk, WaterwayFeature } from '../domain/schema';

export type Dataset = {
  sites: Loaded<SiteFeature>;
  waterways: Loaded<WaterwayFeature>;
  unmapped: UnmappedWaterway[];
  /** Curated walks; their geometry, distance and time are computed at run time. */
  walks: Walk[];
};

export function loadEmbeddedData(): Dataset {
  return {
    sites: loadFeatures(rawSites, SiteFeature, 'sites.geojson'),
    waterways: loadFeatures(rawWaterways, WaterwayFeature, 'waterways.geojson'),
    unmapped: unmapped.flatMap((u) => {
      const parsed = UnmappedWaterway.safeParse(u);
      return parsed.success ? [parsed.data] : [];
    }),
    walks: (rawWalks as unknown[]).flatMap((w) => {
      const parsed = Walk.safeParse(w);
      return parsed.success ? [parsed.data] : [];
    }),
  };
}
