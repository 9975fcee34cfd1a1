import { expression, featureFilter, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle, type StyleInput } from './build-style';
import type { SiteFeature, WaterwayFeature } from '../../src/domain/schema';

const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
};

const site = deepFreeze({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [98.99, 18.78] },
  properties: {
    id: 's1', category: 'learning', themes: ['water'], name: { th: 'สะพาน', en: 'Bridge' },
    summary: { th: 'ส', en: 's' }, learn: { th: 'ร', en: 'l' }, status: 'candidate', source: 'x',
    confidence: 'low', positionAccuracy: 200, visitMinutes: 10, stepFree: 'unknown',
  },
}) as SiteFeature;
const canal = deepFreeze({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: [[98.98, 18.84], [98.99, 18.78]] },
  properties: {
    id: 'mae-kha', kind: 'main-stem', name: { th: 'คลองแม่ข่า', en: 'Mae Kha canal' }, description: { th: 'ค', en: 'd' },
    source: 'OSM', confidence: 'high', verified: true, approximate: false, geometryAccuracy: 10,
  },
}) as WaterwayFeature;

const input = (over: Partial<StyleInput> = {}): StyleInput => ({
  locale: 'th', basemap: 'none', sites: [site], waterways: [canal], selection: null,
  fonts: { thai: 'http://x/thai.woff2', latin: 'http://x/latin.woff2' },
  data: { network: 'http://x/network.geojson', oldCity: 'http://x/old-city.geojson', places: 'http://x/places.geojson' },
  ...over,
});
const layer = (style: ReturnType<typeof buildStyle>, id: string) => style.layers.find((l) => l.id === id)!;

describe('buildStyle', () => {
  it('is offline by default: no remote source, no glyph server, fonts from the app', () => {
    const style = buildStyle(input());
    expect(Object.keys(style.sources).sort()).toEqual(['old-city', 'places', 'sites', 'sites-raw', 'streets', 'waterways']);
    for (const id of ['streets', 'old-city', 'places']) expect((style.sources[id] as { data: string }).data).toMatch(/^http:\/\/x\//);
    expect(style.glyphs).toBeUndefined();
    expect(JSON.stringify(style['font-faces'])).toContain('http://x/thai.woff2');
  });

  it('is a valid MapLibre style in every combination of inputs', () => {
    for (const locale of ['th', 'en'] as const) {
      for (const basemap of ['none', 'osm'] as const) {
        for (const selection of [null, { type: 'site' as const, id: 's1' }, { type: 'waterway' as const, id: 'mae-kha' }]) {
          expect(validateStyleMin(buildStyle(input({ locale, basemap, selection })))).toEqual([]);
        }
      }
    }
  });

  it('labels in the current language', () => {
    const th = layer(buildStyle(input()), 'site-labels');
    const en = layer(buildStyle(input({ locale: 'en' })), 'site-labels');
    expect((th.layout as Record<string, unknown>)['text-field']).toEqual(['get', 'name_th']);
    expect((en.layout as Record<string, unknown>)['text-field']).toEqual(['get', 'name_en']);
  });

  it('adds the OpenStreetMap basemap only when asked, below the canal', () => {
    const style = buildStyle(input({ basemap: 'osm' }));
    expect(style.sources.basemap).toMatchObject({ type: 'raster' });
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('basemap')).toBeLessThan(ids.indexOf('waterway-main'));
  });

  it('draws the street map from the walking network under the waterways, and the labels of places under the sites', () => {
    const ids = buildStyle(input()).layers.map((l) => l.id);
    for (const under of ['moat-water', 'city-wall', 'street-casing', 'street']) expect(ids.indexOf(under)).toBeLessThan(ids.indexOf('waterway-river'));
    expect(ids.indexOf('walkway')).toBeGreaterThan(ids.indexOf('waterway-main'));
    expect(ids.indexOf('place-labels')).toBeLessThan(ids.indexOf('site-labels'));
    expect(ids.indexOf('gate-labels')).toBeLessThan(ids.indexOf('site-labels'));
  });

  it('leaves the street map to the online basemap when that is on (the walkways stay)', () => {
    const ids = buildStyle(input({ basemap: 'osm' })).layers.map((l) => l.id);
    for (const gone of ['moat-water', 'street', 'place-labels']) expect(ids).not.toContain(gone);
    expect(ids).toContain('walkway');
  });

  it('labels gates in the reader’s language and places in the one name the data gives', () => {
    const field = (locale: 'th' | 'en', id: string) => (layer(buildStyle(input({ locale })), id).layout as Record<string, unknown>)['text-field'];
    expect(JSON.stringify(field('en', 'gate-labels'))).toContain('name_en');
    expect(JSON.stringify(field('th', 'gate-labels'))).toContain('name_th');
    expect(field('en', 'place-labels')).toEqual(['get', 'name']);
  });

  it('credits OpenStreetMap contributors on the canal data', () => {
    expect(JSON.stringify(buildStyle(input()).sources.waterways)).toContain('OpenStreetMap contributors');
  });

  it('highlights the selected site, read from the map state (selecting changes no layer)', () => {
    const style = buildStyle(input({ selection: { type: 'site', id: 's1' } }));
    expect(buildStyle(input()).layers).toEqual(style.layers);
    const state = Object.fromEntries(Object.entries(style.state ?? {}).map(([k, v]) => [k, v.default]));
    expect(state).toEqual({ selectedSite: 's1', selectedWaterway: '' });
    const ring = featureFilter((layer(style, 'site-selected') as { filter?: unknown }).filter as never, 'site-selected', state);
    const feature = (id: string) => ({ type: 1, properties: { id }, geometry: [] }) as never;
    expect(ring.filter({ zoom: 14 }, feature('s1'))).toBe(true);
    expect(ring.filter({ zoom: 14 }, feature('s2'))).toBe(false);
  });

  it('no label layer lets MapLibre wrap a name: site names come broken at their spaces (label-lines.ts), the others on one line', () => {
    const style = buildStyle(input({ sites: [{ ...site, properties: { ...site.properties, name: { th: 'สะพานคลองแม่ข่า ถนนวงแหวนรอบ 2', en: 'Bridge' } } }] }));
    const layoutOf = (l: (typeof style.layers)[number]) => ((l as { layout?: Record<string, unknown> }).layout ?? {});
    const named = style.layers.filter((x) => x.type === 'symbol' && /"name/.test(JSON.stringify(layoutOf(x)['text-field'] ?? '')) && layoutOf(x)['symbol-placement'] !== 'line');
    expect(named.map((l) => l.id).sort()).toEqual(['gate-labels', 'place-labels', 'site-labels']);
    // MapLibre's default is 10 ems, where it would break Thai at any word; 40 is wider than any name.
    for (const l of named) expect([l.id, layoutOf(l)['text-max-width']]).toEqual([l.id, 40]);
    const data = (style.sources.sites as { data: { features: { properties: Record<string, unknown> }[] } }).data;
    expect(data.features[0]!.properties.name_th).toBe('สะพานคลองแม่ข่า\nถนนวงแหวนรอบ 2');
  });

  it('accuracy halos are gone by zoom 14.5, except the selected site’s', () => {
    const opacity = layer(buildStyle(input()), 'site-accuracy').paint as { 'circle-opacity': unknown };
    const parsed = expression.createPropertyExpression(opacity['circle-opacity'], 'circle-opacity', latest.paint_circle['circle-opacity'] as never);
    if (parsed.result !== 'success') throw new Error('halo opacity');
    expect(parsed.value.evaluate({ zoom: 14.5 }, undefined as never)).toBe(0);
    expect(parsed.value.evaluate({ zoom: 12 }, undefined as never)).toBeGreaterThan(0);
  });

  it('flattens names for the map without changing the input', () => {
    const style = buildStyle(input());
    const data = (style.sources.sites as { data: { features: { properties: Record<string, unknown> }[] } }).data;
    expect(data.features[0]!.properties).toMatchObject({ id: 's1', name_th: 'สะพาน', name_en: 'Bridge' });
  });

  it('draws the start-up site circles (halos, clusters) with one GPU program: same property bindings', () => {
    // MapLibre compiles one program per layer type and per way each paint property is bound:
    // constant or zoom-only → uniform, data → attribute, zoom and data → interpolated attribute.
    const bindings = (id: string) => {
      const l = layer(buildStyle(input()), id) as { type: 'circle'; paint: Record<string, unknown> };
      const specs = latest.paint_circle as Record<string, unknown>;
      return Object.keys(specs)
        .map((p) => {
          const value = l.paint[p] ?? (specs[p] as { default: unknown }).default;
          const literal = Array.isArray(value) && typeof value[0] !== 'string' ? ['literal', value] : value;
          const parsed = expression.createPropertyExpression(literal, p, specs[p] as never);
          if (parsed.result !== 'success') throw new Error(`${id} ${p}: ${JSON.stringify(parsed.value)}`);
          const kind = parsed.value.kind;
          return `${p}:${kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u'}`;
        })
        .join(' ');
    };
    expect(bindings('site-accuracy')).toContain('circle-radius:z');
    expect(bindings('site-clusters')).toBe(bindings('site-accuracy'));
  });
});
