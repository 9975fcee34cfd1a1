// @vitest-environment node
/** data/activities.json: every site covered, in both languages, for every grade band. */
import { describe, expect, it } from 'vitest';
import raw from '../../data/activities.json';
import rawSites from '../../data/sites.geojson';
import rawWaterways from '../../data/waterways.geojson';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { lineString, point } from '@turf/helpers';
import { loadFeatures } from '../../src/domain/load';
import { SiteFeature, WaterwayFeature } from '../../src/domain/schema';
import { ActivitiesFile, GRADE_BANDS, inSeason } from '../../src/domain/trip/activities';

const THAI = /[\u0E00-\u0E7F]/;
const parsed = ActivitiesFile.safeParse(raw);
const file = parsed.success ? parsed.data : null;
const sites = loadFeatures(rawSites, SiteFeature, 'sites.geojson').value;

describe('activities data', () => {
  it('passes its schema and says it holds pedagogical suggestions', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(file?.kind).toBe('pedagogical-suggestions');
  });

  it('covers every site, and only known sites', () => {
    const ids = sites.map((s) => s.properties.id).sort();
    expect(Object.keys(file?.sites ?? {}).sort()).toEqual(ids);
  });

  it('has activities for every grade band and every theme of each site', () => {
    const missing = sites.flatMap((s) =>
      GRADE_BANDS.flatMap((band) =>
        s.properties.themes
          .filter((theme) => !file?.sites[s.properties.id]?.activities.some((a) => a.band === band && a.theme === theme))
          .map((theme) => `${s.properties.id}/${band}/${theme}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('writes Thai text in Thai script and English text without it', () => {
    const texts = Object.entries(file?.sites ?? {}).flatMap(([id, s]) => [...s.activities, ...s.safety].map((x) => ({ id, ...x.text })));
    expect(texts.filter((x) => !THAI.test(x.th)).map((x) => x.id)).toEqual([]);
    expect(texts.filter((x) => THAI.test(x.en)).map((x) => x.id)).toEqual([]);
  });

  it('gives every site a safety note about the canal edge or roads, each labelled generic or sourced', () => {
    for (const [id, s] of Object.entries(file?.sites ?? {})) {
      expect(s.safety.some((n) => n.topic === 'canal-edge' || n.topic === 'road'), id).toBe(true);
      for (const n of s.safety) expect(n.basis === 'generic' || (n.source ?? '').length > 0, id).toBe(true);
    }
  });

  // Each activity fits its site: measured here from the geometry, apart from the builder's own rule.
  const waterways = loadFeatures(rawWaterways, WaterwayFeature, 'waterways.geojson').value;
  const metresTo = (id: string, at: number[]) => {
    const w = waterways.find((f) => f.properties.id === id)!;
    return nearestPointOnLine(lineString(w.geometry.coordinates as number[][]), point(at), { units: 'meters' }).properties.dist;
  };
  const texts = (id: string) => [...(file?.sites[id]?.activities ?? []).map((a) => a.text.en), ...(file?.sites[id]?.safety ?? []).map((n) => n.text.en)];
  const farFromWater = sites.filter((s) => {
    const at = s.geometry.coordinates;
    return metresTo('mae-kha', at) > 300 && metresTo('khu-mueang', at) > 300 && !/waterfall|reservoir/.test(s.properties.id);
  });

  it('sends nobody to a water’s edge 300 m from any water (the Three Kings Monument is one such site)', () => {
    expect(farFromWater.map((s) => s.properties.id)).toContain('three-kings-monument');
    const edge = /\b(canal edge|bank|leaf|moat’s edge|water’s edge)\b/i;
    const found = farFromWater.flatMap((s) => texts(s.properties.id).filter((t) => edge.test(t)).map((t) => `${s.properties.id}: ${t}`));
    expect(found).toEqual([]);
  });

  it('times the flow only where the canal flows, never at still water (the moat, a reservoir)', () => {
    const flow = /drift|flow speed|rough speed/i;
    const found = sites
      .filter((s) => metresTo('mae-kha', s.geometry.coordinates) > 110 && texts(s.properties.id).some((t) => flow.test(t)))
      .map((s) => s.properties.id);
    expect(found).toEqual([]);
  });

  it('asks nobody to taste, pick or eat anything, and sets no task on a bridge footpath', () => {
    const all = Object.entries(file?.sites ?? {}).flatMap(([id, s]) => s.activities.map((a) => `${id}: ${a.text.en}`));
    expect(all.filter((t) => /\b(taste|tasted|tried|try|eat|pick)\b/i.test(t))).toEqual([]);
    expect(all.filter((t) => /footpath of the bridge/i.test(t))).toEqual([]);
  });

  it('says a bridge carries road traffic only with the source that says so (its road in its name)', () => {
    const notes = Object.entries(file?.sites ?? {}).flatMap(([id, s]) => s.safety.filter((n) => n.basis === 'generic').map((n) => `${id}: ${n.text.en}`));
    expect(notes.filter((t) => /this bridge carries/i.test(t))).toEqual([]);
  });

  it('asks before photographing people or homes where people live, and words no task about neglect', () => {
    for (const id of ['rakaeng-bridge', 'canal-bank-gardens', 'mk02-si-lanna-bridge']) {
      expect(file?.sites[id]?.safety.some((n) => n.topic === 'residents'), id).toBe(true);
    }
    expect(JSON.stringify(file?.sites).match(/neglect/gi) ?? []).toEqual([]);
  });

  it('gives the seasons their notes: smoke and heat everywhere, floods by the canal, each only in its months', () => {
    for (const [id, s] of Object.entries(file?.sites ?? {})) {
      expect(s.safety.some((n) => n.topic === 'smoke' && n.months?.includes(3)), id).toBe(true);
      expect(s.safety.some((n) => n.topic === 'heat'), id).toBe(true);
    }
    const flood = file?.sites['phase-1-promenade']?.safety.find((n) => n.topic === 'flood');
    expect(flood?.months).toEqual(expect.arrayContaining([9, 10]));
    expect(inSeason(flood!, '2026-09-15')).toBe(true);
    expect(inSeason(flood!, '2026-01-15')).toBe(false);
    expect(inSeason({}, '2026-01-15')).toBe(true);
  });

  it('states no water-quality figures', () => {
    const text = JSON.stringify(raw);
    expect(text).not.toMatch(/\b(DO|BOD|COD)\b/);
    expect(text).not.toMatch(/coliform|mg\/l|ppm|\bpH\b/i);
  });
});
