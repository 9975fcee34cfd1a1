/**
 * A walk's legs as the app routes them, computed here with the app's own router on the shipped
 * data (the same files and code the page uses), so a test can walk along them with fake positions.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { legLine, pointAlong, type LegLine } from '../../src/domain/follow/track';
import type { SiteFeature } from '../../src/domain/schema';
import type { LngLat } from '../../src/domain/types';
import { resolveWalk, siteNetwork } from '../../src/domain/walk';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'));
const lines = read('network.geojson') as FeatureCollection;
export const SITES = (read('sites.geojson') as { features: SiteFeature[] }).features;
const network = siteNetwork(lines, SITES);

/** The walk's legs (shortest, in the order given), each as a measured line. */
export function walkLegs(stops: string[]): LegLine[] {
  const out = resolveWalk(network, SITES, { stops, profile: 'shortest', order: 'keep', loop: false });
  if (!out.ok) throw new Error(`no route for ${stops.join(',')}: ${JSON.stringify(out.problem)}`);
  return out.route.legs.map((l) => legLine(l.geometry));
}

export const sitePoint = (id: string): LngLat => SITES.find((s) => s.properties.id === id)!.geometry.coordinates;

/** A point `metres` to the left of the leg at `along` (negative: to the right). */
export function beside(leg: LegLine, along: number, metres: number): LngLat {
  const a = pointAlong(leg, along - 5);
  const b = pointAlong(leg, along + 5);
  const cos = Math.cos((a[1] * Math.PI) / 180);
  const [dx, dy] = [(b[0] - a[0]) * cos, b[1] - a[1]];
  const len = Math.hypot(dx, dy) || 1;
  const perDegree = 111_195;
  const at = pointAlong(leg, along);
  return [at[0] + ((-dy / len) * metres) / perDegree / cos, at[1] + ((dx / len) * metres) / perDegree];
}

export { pointAlong };
