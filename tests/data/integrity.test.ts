// @vitest-environment node
/**
 * The embedded data against its schema and its sources. A failure names the feature.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import distance from '@turf/distance';
import length from '@turf/length';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { lineString, point } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import rawSites from '../../data/sites.geojson';
import rawWaterways from '../../data/waterways.geojson';
import unmapped from '../../data/unmapped-waterways.json';
import bridges from '../fixtures/sampling-bridges.json';
import { loadFeatures } from '../../src/domain/load';
import { SiteFeature, UnmappedWaterway, WaterwayFeature } from '../../src/domain/schema';

const sites = loadFeatures(rawSites, SiteFeature, 'sites.geojson');
const waterways = loadFeatures(rawWaterways, WaterwayFeature, 'waterways.geojson');
const THAI = /[\u0E00-\u0E7F]/;

const centreline = readFileSync(resolve(process.cwd(), 'data/sources/mae-kha-centerline.tsv'), 'utf8')
  .split('\n')
  .filter((l) => /^\d/.test(l))
  .map((l) => l.split('\t').map(Number) as [number, number]);

describe('data files', () => {
  it('every site passes the schema', () => {
    expect(sites.issues.map((i) => `${i.featureId ?? i.index}: ${i.detail}`)).toEqual([]);
  });

  it('every waterway passes the schema', () => {
    expect(waterways.issues.map((i) => `${i.featureId ?? i.index}: ${i.detail}`)).toEqual([]);
  });

  it('every unmapped waterway passes the schema', () => {
    const bad = unmapped.filter((u) => !UnmappedWaterway.safeParse(u).success).map((u) => u.id);
    expect(bad).toEqual([]);
  });

  it('ids are unique across all files', () => {
    const ids = [...sites.value, ...waterways.value].map((f) => f.properties.id).concat(unmapped.map((u) => u.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('has at least 12 learning sites, 10 environmental points and 8 local-economy points', () => {
    const n = (c: string) => sites.value.filter((s) => s.properties.category === c).length;
    expect(n('learning')).toBeGreaterThanOrEqual(12);
    expect(n('environment')).toBeGreaterThanOrEqual(10);
    expect(n('economy')).toBeGreaterThanOrEqual(8);
  });

  it('Thai texts are written in Thai script', () => {
    const notThai = sites.value
      .flatMap((s) => (['name', 'summary', 'learn'] as const).map((k): [string, string, string] => [s.properties.id, k, s.properties[k].th]))
      .concat(waterways.value.map((w): [string, string, string] => [w.properties.id, 'description', w.properties.description.th]))
      .filter(([, , text]) => !THAI.test(text))
      .map(([id, k]) => `${id}.${k}`);
    expect(notThai).toEqual([]);
  });

  it('every site is a candidate: no official list is public, and nothing verifies any site as a learning site', () => {
    const verified = sites.value.filter((s) => s.properties.status === 'verified');
    expect(verified.map((s) => s.properties.id)).toEqual([]);
  });

  it('texts resting on one secondary source say so, and hours are flagged until confirmed', () => {
    const wat = sites.value.find((s) => s.properties.id === 'wat-hua-fai')!.properties;
    expect(wat.summary.en).toMatch(/one tourist website/);
    expect(wat.summary.th).toMatch(/พ\.ศ\. 2130 \(ค\.ศ\. 1587\)/);
    for (const s of sites.value.filter((x) => x.properties.openingHours)) expect(s.properties.openingHours!.verified, s.properties.id).toBe(false);
  });

  it('low-confidence positions admit a wide uncertainty', () => {
    const tooPrecise = sites.value
      .filter((s) => s.properties.confidence === 'low' && s.properties.positionAccuracy < 100)
      .map((s) => s.properties.id);
    expect(tooPrecise).toEqual([]);
  });

  it('no water-quality figures are presented', () => {
    const text = JSON.stringify(rawSites);
    expect(text).not.toMatch(/\b(DO|BOD|COD)\s*[:=]?\s*\d/);
    expect(text).not.toMatch(/mg\/l|MPN/i);
  });
});

describe('the Mae Kha main stem', () => {
  const maeKha = waterways.value.find((w) => w.properties.id === 'mae-kha')!;
  const osm = lineString(centreline);

  it('exists as the one main-stem feature', () => {
    expect(waterways.value.filter((w) => w.properties.kind === 'main-stem').map((w) => w.properties.id)).toEqual(['mae-kha']);
  });

  it('is 13.5–15 km long', () => {
    const km = length(maeKha, { units: 'kilometers' });
    expect(km).toBeGreaterThan(13.5);
    expect(km).toBeLessThan(15);
  });

  it('stays within 10 m of the OpenStreetMap centreline, both ways', () => {
    const drawn = maeKha.geometry.type === 'LineString' ? maeKha.geometry.coordinates : maeKha.geometry.coordinates.flat();
    const line = lineString(drawn);
    const off = (pts: number[][], l: typeof line) =>
      Math.max(...pts.map((p) => nearestPointOnLine(l, point(p), { units: 'meters' }).properties.dist));
    expect(off(drawn, osm)).toBeLessThan(10);
    expect(off(centreline, line)).toBeLessThan(10);
  });
});

describe('the water-sampling bridges', () => {
  for (const b of bridges) {
    it(`${b.code} lies within 5 m of its field GPS`, () => {
      const site = sites.value.find((s) => s.properties.code === b.code);
      expect(site, `${b.code} missing`).toBeDefined();
      const metres = distance(point(site!.geometry.coordinates), point([b.lon, b.lat]), { units: 'meters' });
      expect(metres).toBeLessThan(5);
    });
  }
});
