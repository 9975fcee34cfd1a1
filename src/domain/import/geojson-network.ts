/**
 * A walking network from the user's GeoJSON lines (for example an OpenStreetMap export from
 * overpass-turbo): each line checked, junk named and left out, the rest returned as a clean
 * FeatureCollection that `buildGraph` takes as it is (OSM tags become edge info there).
 */
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import { lineLength } from '../network/distance';
import { edgeInfoOf } from '../network/edge-info';
import { PATH_KINDS, type PathKind } from '../schema';
import { meters, type LngLat, type Meters } from '../types';
import { bboxOf, kmFromStudyArea, type Bbox } from './bounds';
import { describeValue, featuresOf, isRecord } from './geojson-shape';
import type { ImportIssue } from './issues';
import { parseJson } from './json';
import { cleanLine } from './network-line';
import { notWalkable } from './walkable';
import type { ImportFailed } from './types';

export type LineFeature = Feature<LineString | MultiLineString>;
export type LineCollection = FeatureCollection<LineString | MultiLineString>;

export type NetworkImported = {
  ok: true;
  network: LineCollection;
  issues: ImportIssue[];
  counts: { features: number; kept: number; skipped: number; byKind: Record<PathKind, number> };
  /** Sum of the kept lines' lengths. */
  length: Meters;
  bbox: Bbox | null;
};

/** Kept parts of one feature, and an issue per refused part. */
function cleanFeature(feature: unknown, index: number): { feature?: LineFeature; issues: ImportIssue[] } {
  const at = { feature: index };
  if (!isRecord(feature) || feature.type !== 'Feature') {
    return { issues: [{ key: 'import.issue.notFeature', values: { type: describeValue(feature) }, effect: 'skipped', ...at }] };
  }
  const g = feature.geometry;
  const multi = isRecord(g) && g.type === 'MultiLineString';
  if (!isRecord(g) || (g.type !== 'LineString' && !multi)) {
    return { issues: [{ key: 'import.issue.notLine', values: { type: isRecord(g) ? describeValue(g) : String(g) }, effect: 'skipped', ...at }] };
  }
  const parts: unknown[] = multi ? (Array.isArray(g.coordinates) ? g.coordinates : [g.coordinates]) : [g.coordinates];
  const issues: ImportIssue[] = [];
  const lines: [number, number][][] = [];
  parts.forEach((coords, part) => {
    const clean = cleanLine(coords);
    const where = multi ? { ...at, part } : at;
    if (!clean.ok) issues.push({ key: clean.key, values: clean.values, effect: 'skipped', ...where });
    else if (clean.outside) {
      const [lon, lat] = clean.line[0] as [number, number];
      issues.push({ key: 'import.issue.outsideStudyArea', values: { lat, lon, km: kmFromStudyArea([lon, lat]) }, effect: 'skipped', ...where });
    }
    else lines.push(clean.line);
  });
  if (multi && parts.length === 0) issues.push({ key: 'import.issue.tooFewPositions', values: { count: 0 }, effect: 'skipped', ...at });
  if (lines.length === 0) return { issues };
  const properties = isRecord(feature.properties) ? usedProperties(feature.properties) : {};
  // A line its tags close to people on foot is named and left out, never routed on.
  const closed = notWalkable(properties);
  if (closed) return { issues: [...issues, { key: 'import.issue.notWalkable', values: closed, effect: 'skipped', ...at }] };
  const geometry: LineString | MultiLineString = multi ? { type: 'MultiLineString', coordinates: lines } : { type: 'LineString', coordinates: lines[0] as [number, number][] };
  const out: LineFeature = { type: 'Feature', geometry, properties };
  if (typeof feature.id === 'string' || typeof feature.id === 'number') out.id = feature.id;
  return { feature: out, issues };
}

/** The properties the router reads (see edge-info.ts) and the walkable check; nothing else is kept. */
const USED = ['kind', 'highway', 'bridge', 'name', 'name:th', 'name:en', 'beside', 'crosses', 'approximate', 'lit', 'shade', 'stepFree', 'wheelchair', 'foot', 'access'];
const flat = (v: unknown): boolean => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * Only the used properties, each a plain value or an object of plain values (a bilingual name, the
 * bank a path runs beside): a file's other tags, however large or deeply nested, never reach the
 * router or the coverage worker.
 * @example usedProperties({ highway: 'footway', note: { a: { b: {} } } }) // { highway: 'footway' }
 */
export function usedProperties(p: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of USED) {
    const v = p[key];
    if (flat(v) || (isRecord(v) && Object.values(v).every(flat))) out[key] = v;
  }
  return out;
}

/**
 * The clean line collection of an already parsed GeoJSON value.
 * @example networkFromGeojson(overpassExport).network // FeatureCollection of the usable lines
 */
export function networkFromGeojson(root: unknown): NetworkImported | ImportFailed {
  const shape = featuresOf(root);
  if (!shape.ok) return shape;
  const features: LineFeature[] = [];
  const issues: ImportIssue[] = [];
  const byKind = Object.fromEntries(PATH_KINDS.map((k) => [k, 0])) as Record<PathKind, number>;
  let length = 0;
  shape.features.forEach((raw, index) => {
    const { feature, issues: own } = cleanFeature(raw, index);
    issues.push(...own);
    if (!feature) return;
    features.push(feature);
    byKind[edgeInfoOf(feature.properties, `import-${index}`).kind]++;
    const lines = feature.geometry.type === 'LineString' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const line of lines) length += lineLength(line as unknown as LngLat[]);
  });
  const skipped = shape.features.length - features.length;
  const bbox = bboxOf(features.flatMap((f) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates).flat() as unknown as LngLat[]));
  return {
    ok: true,
    network: { type: 'FeatureCollection', features },
    issues,
    counts: { features: shape.features.length, kept: features.length, skipped, byKind },
    length: meters(length),
    bbox,
  };
}

/**
 * A walking network from GeoJSON text (size checked, JSON syntax errors named).
 * @example importNetworkGeojson(await file.text()) // { ok: true, network, issues, counts, length, bbox }
 */
export function importNetworkGeojson(text: string): NetworkImported | ImportFailed {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  return networkFromGeojson(parsed.value);
}

export type NetworkMode = 'replace' | 'extend';

/**
 * The lines to build the graph from. `replace`: the imported lines alone. `extend`: the built-in
 * paths followed by the imported lines; they join only at positions they share exactly (to 1e-7°),
 * so an extension drawn to meet the built-in paths must reuse their vertices, or it stays a
 * separate component (see `graphStats(...).components`). Neither input is modified.
 * @example buildGraph(networkFor(builtInPaths, imported.network, 'extend'))
 */
export function networkFor(builtIn: FeatureCollection, imported: LineCollection, mode: NetworkMode): FeatureCollection {
  if (mode === 'replace') return imported;
  return { type: 'FeatureCollection', features: [...builtIn.features, ...imported.features] };
}
