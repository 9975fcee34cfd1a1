/** The top level of a GeoJSON file: a FeatureCollection, one Feature or a bare geometry, in WGS84. */
import { fatal, type ImportError } from './issues';

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** A short, safe description of what a value is, for messages. */
export function describeValue(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (isRecord(v)) return typeof v.type === 'string' ? v.type.slice(0, 40) : 'object';
  if (typeof v === 'string') return JSON.stringify(v.slice(0, 40));
  return String(v);
}

/** The legacy `crs` member, when it names something other than WGS84 longitude/latitude. */
function foreignCrs(root: Record<string, unknown>): string | null {
  const crs = root.crs;
  if (!isRecord(crs) || !isRecord(crs.properties)) return null;
  const name = crs.properties.name;
  if (typeof name !== 'string') return null;
  return /CRS84|EPSG:{1,2}4326$|WGS[ _]?84$/i.test(name) ? null : name.slice(0, 80);
}

/**
 * The features of any GeoJSON top level, as loosely typed values (checked one by one by the importers).
 * @example featuresOf({ type: 'Point', coordinates: [99, 18.8] }) // { ok: true, features: [{ type: 'Feature', geometry: …, properties: {} }] }
 */
export function featuresOf(root: unknown): { ok: true; features: unknown[] } | { ok: false; error: ImportError } {
  if (!isRecord(root)) return fatal('import.issue.notGeojson', { type: describeValue(root) });
  const crs = foreignCrs(root);
  if (crs !== null) return fatal('import.issue.crsNotWgs84', { crs });
  let features: unknown[];
  if (root.type === 'FeatureCollection' && Array.isArray(root.features)) features = root.features;
  else if (root.type === 'Feature') features = [root];
  else if (typeof root.type === 'string' && GEOMETRY_TYPES.has(root.type)) features = [{ type: 'Feature', geometry: root, properties: {} }];
  else return fatal('import.issue.notGeojson', { type: describeValue(root) });
  if (features.length === 0) return fatal('import.issue.noFeatures');
  return { ok: true, features };
}
