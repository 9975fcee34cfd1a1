import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { compose, layersOf, plan, type Base, type Op, type Overlay, type Scene } from '../../src/map/scene';

const base: Base = {
  version: 8,
  sources: { streets: { type: 'geojson', data: 'http://x/streets.geojson' } },
  layers: [
    { id: 'streets', type: 'line', source: 'streets' },
    { slot: 'water' },
    { slot: 'lines' },
    { id: 'labels', type: 'symbol', source: 'streets' },
    { slot: 'sites' },
    { slot: 'points' },
  ],
};
const fc = (n: number): GeoJSON.FeatureCollection => ({
  type: 'FeatureCollection',
  features: Array.from({ length: n }, () => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [99, 18.8] } })),
});
const circle = (id: string, source: string, radius?: number): LayerSpecification => ({ id, type: 'circle', source, ...(radius ? { paint: { 'circle-radius': radius } } : {}) });
const sites = (data = fc(2)): Overlay => ({ sources: { sites: { type: 'geojson', data } }, layers: { sites: [circle('site-a', 'sites'), circle('site-b', 'sites')] } });
const route = (data = fc(1)): Overlay => ({
  sources: { route: { type: 'geojson', data } },
  layers: { lines: [{ id: 'route-line', type: 'line', source: 'route' }], points: [circle('route-stops', 'route')] },
});
const scene = (overlays: Scene['overlays'], state = { selected: '' }): Scene => ({ base, overlays, state });
const ids = (ops: Op[]) => ops.map((o) => `${o.op} ${'id' in o ? o.id : 'layer' in o ? `${o.layer.id}<${o.before ?? '-'}` : 'name' in o ? o.name : ''}`);

describe('a scene', () => {
  it('composes into one style: overlays in their slots, in the overlay order, sources merged, state as defaults', () => {
    const style = compose(scene({ sites: sites(), route: route() }, { selected: 's1' }));
    expect(style.layers.map((l) => l.id)).toEqual(['streets', 'route-line', 'labels', 'site-a', 'site-b', 'route-stops']);
    expect(Object.keys(style.sources).sort()).toEqual(['route', 'sites', 'streets']);
    expect(style.state).toEqual({ selected: { default: 's1' } });
  });

  it('new data for one overlay is one setData: nothing else is sent', () => {
    const a = scene({ sites: sites(), route: route() });
    const b = scene({ sites: sites(fc(1)), route: a.overlays.route });
    expect(ids(plan(a, b))).toEqual(['setData sites']);
    // Equal layers built again (another array, same content) are kept.
    expect(plan(a, scene({ sites: a.overlays.sites, route: route(a.overlays.route!.sources.route!.data as GeoJSON.FeatureCollection) }))).toEqual([]);
  });

  it('an overlay that appears adds its sources, then its layers, each before the layer that follows it', () => {
    const a = scene({ sites: sites() });
    const b = scene({ sites: a.overlays.sites, route: route() });
    const ops = plan(a, b);
    expect(ids(ops)).toEqual(['addSource route', 'addLayer route-stops<-', 'addLayer route-line<labels']);
    // Carried out in order on a list of layers, the result is the composed order.
    const order = layersOf(a).map((l) => l.id);
    for (const op of ops) if (op.op === 'addLayer') order.splice(op.before ? order.indexOf(op.before) : order.length, 0, op.layer.id);
    expect(order).toEqual(layersOf(b).map((l) => l.id));
  });

  it('an overlay that goes removes its layers before its sources', () => {
    const a = scene({ sites: sites(), route: route() });
    expect(ids(plan(a, scene({ sites: a.overlays.sites })))).toEqual(['removeLayer route-line', 'removeLayer route-stops', 'removeSource route']);
  });

  it('a changed layer is replaced in its place; a source whose options change is added again with its layers', () => {
    const a = scene({ sites: sites() });
    const moved: Overlay = { ...a.overlays.sites!, layers: { sites: [circle('site-a', 'sites'), circle('site-b', 'sites', 3)] } };
    expect(ids(plan(a, scene({ sites: moved })))).toEqual(['removeLayer site-b', 'addLayer site-b<-']);
    const clustered: Overlay = { ...a.overlays.sites!, sources: { sites: { type: 'geojson', data: fc(2), cluster: true } } };
    expect(ids(plan(a, scene({ sites: clustered })))).toEqual([
      'removeLayer site-a', 'removeLayer site-b', 'removeSource sites', 'addSource sites', 'addLayer site-b<-', 'addLayer site-a<site-b',
    ]);
  });

  it('a new selection is one state change; a new base is the whole style, once', () => {
    const a = scene({ sites: sites() });
    expect(ids(plan(a, scene(a.overlays, { selected: 's2' })))).toEqual(['state selected']);
    const ops = plan(a, { ...a, base: { ...base } });
    expect(ops).toHaveLength(1);
    expect(ops[0]).toEqual({ op: 'style', style: compose(a) });
    expect(plan(a, a)).toEqual([]);
  });
});
