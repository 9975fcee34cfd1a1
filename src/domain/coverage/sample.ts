/**
 * Samples along the waterways: every `spacing` metres from each line's start, and its end, so a
 * sample's share of the canal (`weight`) is known and the shares add up to the drawn length.
 */
import type { Feature, LineString, MultiLineString } from 'geojson';
import { meters, type LngLat } from '../types';
import { cumulativeLengths, pointAlong } from './line';
import type { Sample } from './types';
import type { WaterwayKind } from '../vocab';

export const DEFAULT_SPACING = meters(25);

/** A waterway as sampling needs it: an id and line geometry (a `WaterwayFeature` fits). */
export type SampledLine = Feature<LineString | MultiLineString, { id: string }>;

/**
 * The samples of one line: at 0, spacing, 2·spacing, … and at the end.
 * @example sampleLine('mae-kha', 0, line, 25).at(-1)!.along // the line's length
 */
export function sampleLine(waterway: string, part: number, line: readonly LngLat[], spacing: number): Sample[] {
  if (!(spacing > 0)) throw new RangeError(`sampleLine: spacing must be a positive number of metres, got ${spacing}`);
  if (line.length < 2) return [];
  const cum = cumulativeLengths(line);
  const total = cum[cum.length - 1] as number;
  const alongs: number[] = [];
  for (let a = 0; a < total - 1e-6; a += spacing) alongs.push(a);
  alongs.push(total);
  return alongs.map((along, i) => ({
    waterway,
    part,
    along: meters(along),
    point: pointAlong(line, along, cum),
    weight: meters(((alongs[i + 1] ?? along) - (alongs[i - 1] ?? along)) / 2),
  }));
}

/** The order coverage reports waterways in: the main stem (the headline) first. */
const MEASURED_ORDER = { 'main-stem': 0, moat: 1, tributary: 2 } as const;

/**
 * The waterways coverage measures, the main stem first: a river drawn only as context (the Ping)
 * is not part of the question "which stretches of canal lack a learning site".
 * @example measuredWaterways(waterways).map((w) => w.properties.id) // ['mae-kha', 'khu-mueang', 'moat-outlet', 'huai-kaeo']
 */
export function measuredWaterways<W extends { properties: { kind: WaterwayKind } }>(waterways: readonly W[]): W[] {
  const rank = (w: W) => MEASURED_ORDER[w.properties.kind as keyof typeof MEASURED_ORDER] ?? -1;
  return waterways.filter((w) => rank(w) >= 0).sort((a, b) => rank(a) - rank(b));
}

/**
 * Samples every waterway every `spacing` metres (default 25), in input order.
 * @example sampleWaterways(waterways, 25).filter((s) => s.waterway === 'mae-kha').length // ≈ length / 25 + 1
 */
export function sampleWaterways(waterways: readonly SampledLine[], spacing: number = DEFAULT_SPACING): Sample[] {
  return waterways.flatMap((w) => {
    const g = w.geometry;
    const parts = (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as unknown as readonly (readonly LngLat[])[];
    return parts.flatMap((line, part) => sampleLine(w.properties.id, part, line, spacing));
  });
}
