// @vitest-environment node
import { describe, expect, it } from 'vitest';
import waterwaysJson from '../../data/waterways.geojson';
import sitesJson from '../../data/sites.geojson';
import {
  canalPosition,
  compareAlongCanal,
  distanceFrom,
  nearbySites,
  sitesAlongCanal,
  type CanalPosition,
} from '../../src/domain/along';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { loadFeatures } from '../../src/domain/load';
import { makeSite } from '../fixtures/site';
import { SiteFeature, WaterwayFeature } from '../../src/domain/schema';
import type { LngLat } from '../../src/domain/types';

/** Metres per degree of latitude (Turf's earth radius 6 371 008.8 m). */
const M_PER_DEG = (6371008.8 * Math.PI) / 180; // ≈ 111 195
const mPerDegLng = (lat: number) => M_PER_DEG * Math.cos((lat * Math.PI) / 180);

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const canal = (coordinates: [number, number][]): WaterwayFeature =>
  deepFreeze(
    WaterwayFeature.parse({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates },
      properties: {
        id: 'test-canal',
        kind: 'main-stem',
        name: { th: 'คลอง', en: 'Canal' },
        description: { th: 'ทดสอบ', en: 'Test' },
        source: 'test',
        confidence: 'high',
        verified: true,
        approximate: false,
        geometryAccuracy: 10,
      },
    }),
  );

const site = (id: string, coordinates: [number, number]): SiteFeature =>
  deepFreeze(SiteFeature.parse(makeSite(id, {}, coordinates)));


// Due south for 0.01° (≈ 1112 m), then south-west to [98.99, 18.78], then due west to [98.98, 18.78].
const SOUTH_THEN_SW = canal([
  [99.0, 18.8],
  [99.0, 18.79],
  [98.99, 18.78],
]);
const WITH_WEST_LEG = canal([
  [99.0, 18.8],
  [99.0, 18.79],
  [98.99, 18.78],
  [98.98, 18.78],
]);
const SEG1 = 0.01 * M_PER_DEG; // ≈ 1112 m
const SEG2 = Math.hypot(0.01 * mPerDegLng(18.785), 0.01 * M_PER_DEG); // ≈ 1531 m

const at = (lng: number, lat: number): LngLat => deepFreeze([lng, lat] as const);

describe('canalPosition', () => {
  it('a point 50 m east of a south-running reach is on the east bank, left of the flow', () => {
    const p = at(99.0 + 50 / mPerDegLng(18.795), 18.795);
    const pos = canalPosition(p, SOUTH_THEN_SW);
    expect(pos.bank).toBe('east');
    expect(pos.side).toBe('left');
    expect(pos.offset).toBeCloseTo(50, 0);
    expect(Math.abs(pos.chainage - 0.005 * M_PER_DEG)).toBeLessThan(3); // ≈ 556 m
    expect(pos.snapped[0]).toBeCloseTo(99.0, 6);
    expect(pos.snapped[1]).toBeCloseTo(18.795, 5);
  });

  it('a point west of it is on the west bank, right of the flow', () => {
    const pos = canalPosition(at(99.0 - 80 / mPerDegLng(18.797), 18.797), SOUTH_THEN_SW);
    expect(pos).toMatchObject({ bank: 'west', side: 'right' });
    expect(pos.offset).toBeCloseTo(80, 0);
    expect(Math.abs(pos.chainage - 0.003 * M_PER_DEG)).toBeLessThan(3); // ≈ 334 m
  });

  it('a point on the line is on the canal', () => {
    const pos = canalPosition(at(99.0, 18.792), SOUTH_THEN_SW);
    expect(pos).toMatchObject({ side: 'on', bank: 'on' });
    expect(pos.offset).toBeLessThan(1);
    expect(Math.abs(pos.chainage - 0.008 * M_PER_DEG)).toBeLessThan(3);
  });

  it('a point within 15 m counts as on; just beyond does not', () => {
    expect(canalPosition(at(99.0 + 10 / mPerDegLng(18.795), 18.795), SOUTH_THEN_SW).side).toBe('on');
    expect(canalPosition(at(99.0 + 20 / mPerDegLng(18.795), 18.795), SOUTH_THEN_SW).side).toBe('left');
  });

  it('the first vertex has chainage 0 and a point beyond the south end has the full length', () => {
    expect(canalPosition(at(99.0, 18.8), SOUTH_THEN_SW).chainage).toBeCloseTo(0, 6);
    const pos = canalPosition(at(98.985, 18.775), SOUTH_THEN_SW);
    expect(Math.abs(pos.chainage - (SEG1 + SEG2))).toBeLessThan(5); // ≈ 2643 m
    expect(pos.snapped).toEqual([98.99, 18.78]);
  });

  it('a point north of an east–west reach is on the north bank (right when flowing west)', () => {
    const pos = canalPosition(at(98.985, 18.7805), WITH_WEST_LEG);
    expect(pos).toMatchObject({ bank: 'north', side: 'right' });
    expect(pos.offset).toBeCloseTo(0.0005 * M_PER_DEG, -1); // ≈ 56 m
    expect(Math.abs(pos.chainage - (SEG1 + SEG2 + 0.005 * mPerDegLng(18.78)))).toBeLessThan(5);
    expect(canalPosition(at(98.985, 18.7795), WITH_WEST_LEG)).toMatchObject({ bank: 'south', side: 'left' });
  });

  it('a point off the outside of a bend, snapped to the vertex, still gets a side', () => {
    // Just north-east of the corner between the south and south-west reaches.
    const pos = canalPosition(at(99.0005, 18.7898), SOUTH_THEN_SW);
    expect(pos.snapped).toEqual([99.0, 18.79]);
    expect(pos).toMatchObject({ bank: 'east', side: 'left' });
    expect(Math.abs(pos.chainage - SEG1)).toBeLessThan(1);
  });

  it('does not mutate its (deep-frozen) inputs', () => {
    const before = JSON.stringify(SOUTH_THEN_SW);
    expect(Object.isFrozen(SOUTH_THEN_SW.geometry.coordinates[0])).toBe(true);
    expect(() => canalPosition(at(99.001, 18.795), SOUTH_THEN_SW)).not.toThrow();
    expect(JSON.stringify(SOUTH_THEN_SW)).toBe(before);
  });
});

describe('sites along the canal', () => {
  const a = site('a', [99.0005, 18.799]); // ≈ 111 m down, east
  const b = site('b', [98.9995, 18.795]); // ≈ 556 m down, west
  const c = site('c', [99.0, 18.795]); // ≈ 556 m down, on the line
  const far = site('far', [99.05, 18.85]);
  const sites = deepFreeze([far, b, c, a]);

  it('sitesAlongCanal keys positions by site id', () => {
    const positions = sitesAlongCanal(sites, SOUTH_THEN_SW);
    expect([...positions.keys()].sort()).toEqual(['a', 'b', 'c', 'far']);
    expect(positions.get('a')?.bank).toBe('east');
    expect(positions.get('b')?.bank).toBe('west');
    expect(positions.get('c')?.side).toBe('on');
  });

  it('compareAlongCanal orders north → south, ties by offset then id, unknown ids last', () => {
    const positions = sitesAlongCanal([a, b, c], SOUTH_THEN_SW);
    const ids = ['zzz', 'b', 'c', 'a'];
    expect(ids.slice().sort(compareAlongCanal(positions))).toEqual(['a', 'c', 'b', 'zzz']);
    const tie: CanalPosition = { ...positions.get('c')! };
    const tied = new Map([
      ['y', tie],
      ['x', tie],
    ]);
    expect(['y', 'x'].sort(compareAlongCanal(tied))).toEqual(['x', 'y']);
  });

  it('nearbySites excludes the site itself, sorts by distance, and honours limit and maxDistance', () => {
    const near = nearbySites(c, sites);
    expect(near.map((n) => n.id)).toEqual(['b', 'a']);
    expect(near[0]?.distance).toBeCloseTo(0.0005 * mPerDegLng(18.795), -1); // ≈ 53 m
    expect(nearbySites(c, sites, { limit: 1 }).map((n) => n.id)).toEqual(['b']);
    expect(nearbySites(c, sites, { maxDistance: 100 }).map((n) => n.id)).toEqual(['b']);
    expect(nearbySites(c, sites, { maxDistance: 1e6 }).map((n) => n.id)).toEqual(['b', 'a', 'far']);
  });

  it('distanceFrom is the straight-line distance in metres', () => {
    expect(distanceFrom(at(99.0, 18.79), site('n', [99.0, 18.8]))).toBeCloseTo(SEG1, 3);
  });
});

describe('the real Mae Kha data', () => {
  const waterways = loadFeatures(waterwaysJson, WaterwayFeature, 'waterways.geojson');
  const sites = loadFeatures(sitesJson, SiteFeature, 'sites.geojson');
  const maeKha = waterways.value.find((w) => w.properties.kind === 'main-stem');

  it('places the sampling bridges MK01..MK08 in order at their known chainages', () => {
    expect(maeKha).toBeDefined();
    const bridges = sites.value
      .filter((s) => s.properties.code)
      .sort((x, y) => (x.properties.code ?? '').localeCompare(y.properties.code ?? ''));
    expect(bridges.map((s) => s.properties.code)).toEqual(['MK01', 'MK02', 'MK03', 'MK04', 'MK05', 'MK06', 'MK07', 'MK08']);
    const positions = sitesAlongCanal(bridges, maeKha!);
    const km = bridges.map((s) => positions.get(s.properties.id)!.chainage / 1000);
    const facts = [0, 2.6, 4.1, 5.0, 6.0, 7.95, 10.2, 14.1];
    km.forEach((k, i) => expect(Math.abs(k - facts[i]!), `${bridges[i]?.properties.code}: ${k} km`).toBeLessThan(0.15));
    for (let i = 1; i < km.length; i++) expect(km[i]!).toBeGreaterThan(km[i - 1]!);
    const ids = bridges.map((s) => s.properties.id);
    expect(ids.slice().reverse().sort(compareAlongCanal(positions))).toEqual(ids);
  });

  it('agrees with Turf (nearest-point-on-line) for every site: chainage and offset within 1 m', () => {
    for (const s of sites.value) {
      const pos = canalPosition(s.geometry.coordinates, maeKha!);
      const turf = nearestPointOnLine(maeKha!, [...s.geometry.coordinates], { units: 'meters' });
      expect(Math.abs(pos.chainage - turf.properties.totalDistance), `${s.properties.id} chainage`).toBeLessThan(1);
      expect(Math.abs(pos.offset - turf.properties.pointDistance), `${s.properties.id} offset`).toBeLessThan(1);
    }
  });
});
