/**
 * Tiny networks for the routing tests, drawn in metres east (x) and north (y) of a point in
 * Chiang Mai so the answers can be worked out on paper.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { LngLat } from '../../../src/domain/types';

const ORIGIN: LngLat = [99.0, 18.8];
const M_PER_DEG = (Math.PI / 180) * 6_371_008.8;

/** The position x metres east and y metres north of the origin. */
export const at = (x: number, y: number): LngLat => [
  ORIGIN[0] + x / (M_PER_DEG * Math.cos((ORIGIN[1] * Math.PI) / 180)),
  ORIGIN[1] + y / M_PER_DEG,
];

type Props = Record<string, unknown>;

const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
};

/** A path line through points given in metres; properties default to a plain shaded path. */
export function line(points: readonly (readonly [number, number])[], props: Props = {}): Feature<LineString> {
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: points.map(([x, y]) => [...at(x, y)]) },
    properties: { kind: 'path', stepFree: true, shade: 'good', lit: false, ...props },
  };
}

export function multiLine(parts: readonly (readonly (readonly [number, number])[])[], props: Props = {}): Feature<MultiLineString> {
  return {
    type: 'Feature',
    geometry: { type: 'MultiLineString', coordinates: parts.map((p) => p.map(([x, y]) => [...at(x, y)])) },
    properties: { kind: 'path', stepFree: true, shade: 'good', lit: false, ...props },
  };
}

/** A deep-frozen collection, so any mutation by the code under test throws. */
export const collection = (...features: Feature[]): FeatureCollection => deepFreeze({ type: 'FeatureCollection', features });
