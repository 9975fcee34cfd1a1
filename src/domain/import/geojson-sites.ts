/**
 * Sites from GeoJSON points: a FeatureCollection, a single Feature or a bare Point. Features that
 * are not points or have bad coordinates are skipped and named by index; names come from
 * `name`, `name:th`, `name:en`, `name_th`, `name_en`.
 */
import { buildSites, type RawCoords, type RawSite } from './build-sites';
import { describeValue, featuresOf, isRecord } from './geojson-shape';
import type { ImportIssue } from './issues';
import { parseJson } from './json';
import type { ImportFailed, SitesImported, SitesImportOptions } from './types';

function coordsOf(geometry: Record<string, unknown>): RawCoords {
  const c = geometry.coordinates;
  if (c === undefined || c === null || (Array.isArray(c) && c.length === 0)) return { kind: 'missing' };
  if (!Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) {
    return { kind: 'bad', value: JSON.stringify(c)?.slice(0, 60) ?? String(c) };
  }
  return { kind: 'pair', lat: c[1], lon: c[0] };
}

/** A raw site, or the reason the feature is not a point at all. */
function rawSiteOf(feature: unknown, index: number): RawSite | ImportIssue {
  const at = { feature: index };
  if (!isRecord(feature) || feature.type !== 'Feature') {
    return { key: 'import.issue.notFeature', values: { type: describeValue(feature) }, effect: 'skipped', ...at };
  }
  const g = feature.geometry;
  if (!isRecord(g) || g.type !== 'Point') {
    return { key: 'import.issue.notPoint', values: { type: isRecord(g) ? describeValue(g) : String(g) }, effect: 'skipped', ...at };
  }
  const p = isRecord(feature.properties) ? feature.properties : {};
  const named = isRecord(p.name) ? p.name : undefined;
  return {
    at,
    coords: coordsOf(g),
    names: {
      th: named?.th ?? p['name:th'] ?? p.name_th,
      en: named?.en ?? p['name:en'] ?? p.name_en,
      any: named ? undefined : p.name,
    },
    id: p.id ?? (typeof feature.id === 'string' || typeof feature.id === 'number' ? feature.id : undefined),
    category: p.category,
    themes: p.themes ?? p.theme,
    status: p.status,
  };
}

/**
 * Sites from an already parsed GeoJSON value.
 * @example sitesFromGeojson({ type: 'Point', coordinates: [98.99, 18.79] }).ok // true
 */
export function sitesFromGeojson(root: unknown, options: SitesImportOptions = {}): SitesImported | ImportFailed {
  const shape = featuresOf(root);
  if (!shape.ok) return shape;
  const raws: RawSite[] = [];
  const notPoints: ImportIssue[] = [];
  shape.features.forEach((f, i) => {
    const r = rawSiteOf(f, i);
    if ('key' in r) notPoints.push(r);
    else raws.push(r);
  });
  const built = buildSites(raws, options, true);
  if (!built.ok) return built;
  const issues = [...built.issues, ...notPoints].sort((a, b) => (a.feature ?? -1) - (b.feature ?? -1));
  return { ...built, issues };
}

/**
 * Sites from GeoJSON text (size checked, JSON syntax errors named with their line and column).
 * @example importSitesGeojson('{"type":"Point","coordinates":[98.99,18.79]}', { filename: 'a.geojson' })
 */
export function importSitesGeojson(text: string, options: SitesImportOptions = {}): SitesImported | ImportFailed {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  return sitesFromGeojson(parsed.value, options);
}
