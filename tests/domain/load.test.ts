import { describe, expect, it } from 'vitest';
import { loadFeatures } from '../../src/domain/load';
import { SiteFeature, WaterwayFeature } from '../../src/domain/schema';
import { makeSite } from '../fixtures/site';

const site = (id: string, overrides: Record<string, unknown> = {}) => makeSite(id, overrides);

describe('loadFeatures', () => {
  it('keeps valid features and reports none', () => {
    const r = loadFeatures({ type: 'FeatureCollection', features: [site('a'), site('b')] }, SiteFeature, 'sites.geojson');
    expect(r.value.map((f) => f.properties.id)).toEqual(['a', 'b']);
    expect(r.issues).toEqual([]);
  });

  it('skips a bad feature, names it and says what is wrong', () => {
    const bad = site('no-english', { name: { th: 'ชื่อ' } });
    const r = loadFeatures({ type: 'FeatureCollection', features: [site('a'), bad] }, SiteFeature, 'sites.geojson');
    expect(r.value).toHaveLength(1);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: 'sites.geojson', index: 1, featureId: 'no-english', key: 'data.issue.invalidFeature' });
    expect(r.issues[0]!.detail).toContain('name.en');
  });

  it('rejects coordinates outside the study area (swapped lat/lon)', () => {
    const swapped = { ...site('swapped'), geometry: { type: 'Point', coordinates: [18.78, 98.99] } };
    const r = loadFeatures({ type: 'FeatureCollection', features: [swapped] }, SiteFeature, 'sites.geojson');
    expect(r.value).toEqual([]);
    expect(r.issues[0]!.detail).toContain('geometry.coordinates');
  });

  it('reports a repeated id once and keeps the first', () => {
    const r = loadFeatures({ type: 'FeatureCollection', features: [site('a'), site('a')] }, SiteFeature, 'sites.geojson');
    expect(r.value).toHaveLength(1);
    expect(r.issues[0]!.key).toBe('data.issue.duplicateId');
  });

  it('says when the file is not a FeatureCollection at all', () => {
    for (const raw of [null, 42, 'text', { type: 'Feature' }, { type: 'FeatureCollection' }]) {
      const r = loadFeatures(raw, WaterwayFeature, 'waterways.geojson');
      expect(r.value).toEqual([]);
      expect(r.issues[0]!.key).toBe('data.issue.notCollection');
    }
  });

  it('rejects an unknown theme and an unknown category', () => {
    const r = loadFeatures(
      { type: 'FeatureCollection', features: [site('t', { themes: ['astrology'] }), site('c', { category: 'shop' })] },
      SiteFeature,
      'sites.geojson',
    );
    expect(r.value).toEqual([]);
    expect(r.issues.map((i) => i.featureId)).toEqual(['t', 'c']);
  });
});
