// @vitest-environment node
/**
 * The embedded data is validated at build time (vite.config.ts `embeddedData`); the app receives
 * exactly what the schemas let through, with the skipped features and their reasons.
 */
import { describe, expect, it } from 'vitest';
import rawSites from '../../data/sites.geojson';
import rawWaterways from '../../data/waterways.geojson';
import unmapped from '../../data/unmapped-waterways.json';
import walks from '../../data/walks.json';
import { loadEmbeddedData } from '../../src/data';
import { validateData } from '../../src/data/validate';

const raw = { sites: rawSites, waterways: rawWaterways, unmapped, walks };

describe('embedded data', () => {
  it('is what validateData makes of the data files', () => {
    expect(loadEmbeddedData()).toEqual(validateData(raw));
  });

  it('gives each caller its own copy', () => {
    const a = loadEmbeddedData();
    a.sites.value.pop();
    expect(loadEmbeddedData().sites.value.length).toBe(a.sites.value.length + 1);
  });

  it('skips a bad feature with its reason, and drops a bad walk', () => {
    const sites = structuredClone(rawSites) as { features: { properties: { name: Record<string, string> } }[] };
    delete sites.features[1]!.properties.name.en;
    const data = validateData({ ...raw, sites, walks: [{ id: 'Bad Walk' }, ...walks] });
    expect(data.sites.issues).toMatchObject([{ file: 'sites.geojson', index: 1, key: 'data.issue.invalidFeature' }]);
    expect(data.sites.issues[0]!.detail).toContain('name.en');
    expect(data.walks.length).toBe(walks.length);
  });
});
