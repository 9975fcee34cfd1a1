// @vitest-environment node
/** data/activities.json: every site covered, in both languages, for every grade band. */
import { describe, expect, it } from 'vitest';
import raw from '../../data/activities.json';
import rawSites from '../../data/sites.geojson';
import { loadFeatures } from '../../src/domain/load';
import { SiteFeature } from '../../src/domain/schema';
import { ActivitiesFile, GRADE_BANDS } from '../../src/domain/trip/activities';

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

  it('states no water-quality figures', () => {
    const text = JSON.stringify(raw);
    expect(text).not.toMatch(/\b(DO|BOD|COD)\b/);
    expect(text).not.toMatch(/coliform|mg\/l|ppm|\bpH\b/i);
  });
});
