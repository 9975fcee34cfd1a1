/**
 * The coverage downloads: the samples as CSV (RFC 4180), the covered and gap stretches as GeoJSON
 * (RFC 7946); the run's record (parameters, data version, imports) is in `run-record.ts`. Each opens in GIS tools (checked with GDAL in the tests).
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { LngLat } from '../types';
import { cumulativeLengths, sliceLine } from './line';
import type { SampledLine } from './sample';
import { stretches } from './stretch';
import type { Coverage } from './types';

export const CSV_HEADER = ['waterway', 'along_m', 'lon', 'lat', 'distance_m', 'nearest_site_id', 'nearest_site_name_th', 'nearest_site_name_en', 'covered'] as const;

/** A site's name in both languages, by id (built-in and imported sites alike). */
export type SiteNames = (id: string) => { th: string; en: string } | undefined;

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180 §2). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const tenth = (m: number) => (Number.isFinite(m) ? String(Math.round(m * 10) / 10) : '');
/** 1e-7° is about 1 cm: as precise as the data. */
const coord = (x: number) => String(Math.round(x * 1e7) / 1e7);

/**
 * Every sample as a CSV row (CRLF line ends, UTF-8 text; an unmeasured distance is empty), with the
 * nearest site's id and its names as its data gives them (an imported site keeps its file's name).
 * @example coverageToCsv(cov, names).split('\r\n')[0] // 'waterway,along_m,lon,lat,distance_m,nearest_site_id,nearest_site_name_th,nearest_site_name_en,covered'
 */
export function coverageToCsv(coverage: Coverage, names: SiteNames = () => undefined): string {
  const rows = coverage.samples.map((s, i) => {
    const r = coverage.results[i]!;
    const site = r.site >= 0 ? (coverage.sites[r.site]?.id ?? '') : '';
    const name = site ? names(site) : undefined;
    return [s.waterway, tenth(s.along), coord(s.point[0]), coord(s.point[1]), tenth(r.distance), site, name?.th ?? '', name?.en ?? '', r.covered ? 'true' : 'false'];
  });
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export type StretchProperties = { waterway: string; kind: 'covered' | 'gap'; from_m: number; to_m: number; length_m: number };

/**
 * The covered and gap stretches as LineStrings cut from the waterway lines (lon, lat; no `crs`).
 * Stretches shorter than a centimetre (a lone end sample) are left out.
 * @example coverageToGeoJSON(cov, waterways).features.filter((f) => f.properties.kind === 'gap')
 */
export function coverageToGeoJSON(coverage: Coverage, waterways: readonly SampledLine[]): FeatureCollection<LineString, StretchProperties> {
  const lines = new Map(
    waterways.map((w) => {
      const g = w.geometry;
      const parts = (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as unknown as (readonly LngLat[])[];
      return [w.properties.id, parts.map((line) => ({ line, cum: cumulativeLengths(line) }))] as const;
    }),
  );
  const features: Feature<LineString, StretchProperties>[] = [];
  for (const s of stretches(coverage.samples, coverage.results.map((r) => r.covered))) {
    const part = lines.get(s.waterway)?.[s.part];
    if (!part || s.length < 0.01) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: sliceLine(part.line, s.from, s.to, part.cum).map(([lng, lat]) => [Number(coord(lng)), Number(coord(lat))]) },
      properties: { waterway: s.waterway, kind: s.kind, from_m: Number(tenth(s.from)), to_m: Number(tenth(s.to)), length_m: Number(tenth(s.length)) },
    });
  }
  return { type: 'FeatureCollection', features };
}
