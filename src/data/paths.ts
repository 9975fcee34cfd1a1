/**
 * The embedded walking network, validated on first use. Kept apart from `loadEmbeddedData` so it
 * ships with the features that route (Walk, Field trip, Research), not with the start-up bundle.
 */
import rawPaths from '../../data/paths.geojson';
import { loadFeatures, type Loaded } from '../domain/load';
import { PathFeature } from '../domain/schema';

let loaded: Loaded<PathFeature> | null = null;

export function loadEmbeddedPaths(): Loaded<PathFeature> {
  loaded ??= loadFeatures(rawPaths, PathFeature, 'paths.geojson');
  return loaded;
}
