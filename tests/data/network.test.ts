// @vitest-environment node
/**
 * The walking network (data/network.geojson) against OpenStreetMap's streets, the canal and the
 * moat, and the curated walks (data/walks.json). A failure names the feature or walk.
 */
import distance from '@turf/distance';
import { point } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import walks from '../../data/walks.json';
import { validateAssets } from '../../src/data/validate';
import { loadFeatures } from '../../src/domain/load';
import { PathFeature, SiteFeature, STUDY_AREA, Walk, WaterwayFeature } from '../../src/domain/schema';
import { networkData, readDataFile } from '../fixtures/network';
import { SegmentGrid, toXY, type XY } from '../fixtures/plane';

const raw = networkData().lines;
const network = loadFeatures(raw, PathFeature, 'network.geojson');
const sites = loadFeatures(readDataFile('sites.geojson'), SiteFeature, 'sites.geojson');
const waterways = loadFeatures(readDataFile('waterways.geojson'), WaterwayFeature, 'waterways.geojson');
const osmStreets = (readDataFile('sources/osm/streets.geojson') as { features: { geometry: { coordinates: [number, number][] } }[] }).features;

type Position = [number, number];
const linesOf = (g: PathFeature['geometry']): Position[][] => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);
const key = ([lon, lat]: Position) => `${lon},${lat}`;
const canal = waterways.value.find((w) => w.properties.id === 'mae-kha')!.geometry.coordinates as Position[];
const moat = waterways.value.find((w) => w.properties.id === 'khu-mueang')!.geometry.coordinates as Position[];

const streetGrid = new SegmentGrid(osmStreets.map((f) => f.geometry.coordinates));
const canalGrid = new SegmentGrid([canal]);

/** Metres of a line, and metres of it lying within `within` m of the grid's lines (sampled every 2 m). */
function lengthNear(line: Position[], grid: SegmentGrid, within: number): { total: number; near: number } {
  let total = 0;
  let near = 0;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [toXY(line[i - 1]!), toXY(line[i]!)];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const n = Math.max(1, Math.ceil(len / 2));
    for (let k = 0; k < n; k++) {
      const t = (k + 0.5) / n;
      const p: XY = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
      if (grid.distance(p, within) <= within) near += len / n;
    }
    total += len;
  }
  return { total, near };
}

describe('network.geojson', () => {
  it('passes its schema, its sources table, and names only sources the table describes', () => {
    const problems = validateAssets({ network: raw, oldCity: readDataFile('old-city.geojson'), places: readDataFile('places.geojson') });
    expect(problems).toEqual([]);
    expect(network.value.length).toBe(raw.features.length);
  });

  it('the build checks the field trip activities too: the real file passes, a damaged one is named', () => {
    const assets = { network: raw, oldCity: readDataFile('old-city.geojson'), places: readDataFile('places.geojson') };
    const activities = readDataFile('activities.json') as { sites: Record<string, unknown> };
    expect(validateAssets({ ...assets, activities })).toEqual([]);
    const damaged = validateAssets({ ...assets, activities: { ...activities, version: 2 } });
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatch(/^activities\.json version: /);
  });

  it('ids are unique, and not shared with a site or a waterway', () => {
    const ids = network.value.map((f) => f.properties.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const others = new Set([...sites.value, ...waterways.value].map((f) => f.properties.id));
    expect(ids.filter((id) => others.has(id))).toEqual([]);
  });

  it('every coordinate lies in the study area, with at most 6 decimals', () => {
    const bad = network.value.flatMap((f) =>
      linesOf(f.geometry)
        .flat()
        .filter(([lon, lat]) => lon < STUDY_AREA.west || lon > STUDY_AREA.east || lat < STUDY_AREA.south || lat > STUDY_AREA.north || Number(lon.toFixed(6)) !== lon || Number(lat.toFixed(6)) !== lat)
        .map((c) => `${f.properties.id} ${c.join(',')}`),
    );
    expect(bad).toEqual([]);
  });

  it('at least 80 % of its length lies within 10 m of an OpenStreetMap street; every other line is approximate and names a cited source', () => {
    let total = 0;
    let near = 0;
    const off: string[] = [];
    for (const f of network.value) {
      for (const line of linesOf(f.geometry)) {
        const m = lengthNear(line, streetGrid, 10);
        total += m.total;
        near += m.near;
        if (m.near < m.total * 0.99 && (f.properties.source === 'osm-streets' || !f.properties.approximate)) off.push(f.properties.id);
      }
    }
    expect(off).toEqual([]);
    expect(near / total).toBeGreaterThanOrEqual(0.8);
  });

  it('its street lines are OpenStreetMap’s own: every vertex is a vertex of streets.geojson, or where a walkway meets a bridge on the canal centreline', () => {
    const osm = new Set(osmStreets.flatMap((f) => f.geometry.coordinates.map(key)));
    const invented = network.value
      .filter((f) => f.properties.source === 'osm-streets')
      .flatMap((f) => linesOf(f.geometry).flat().filter((c) => !osm.has(key(c)) && !(f.properties.kind === 'bridge' && canalGrid.distance(toXY(c), 1) < 0.5)).map((c) => `${f.properties.id} ${c}`));
    expect(invented).toEqual([]);
  });

  it('is one connected network over shared vertices', () => {
    const parent = new Map<string, string>();
    const find = (k: string): string => {
      while (parent.get(k) !== k) k = parent.get(k)!;
      return k;
    };
    for (const f of network.value) {
      for (const line of linesOf(f.geometry)) {
        for (const c of line) if (!parent.has(key(c))) parent.set(key(c), key(c));
        for (let i = 1; i < line.length; i++) parent.set(find(key(line[i - 1]!)), find(key(line[i]!)));
      }
    }
    expect(new Set([...parent.keys()].map(find)).size).toBe(1);
  });

  it('every bridge crosses the Mae Kha, and a sampling bridge or Rakaeng bridge lends its name only where it lies within 25 m', () => {
    const bridges = network.value.filter((f) => f.properties.kind === 'bridge');
    expect(bridges.length).toBeGreaterThanOrEqual(37);
    const far = bridges.filter((f) => linesOf(f.geometry).flat().every((c) => canalGrid.distance(toXY(c), 40) > 30)).map((f) => f.properties.id);
    expect(far).toEqual([]);
    const misnamed = bridges
      .filter((f) => f.properties.name)
      .filter((f) => {
        const site = sites.value.find((s) => s.properties.name.en === f.properties.name!.en)!;
        const mid = linesOf(f.geometry)[0]![0]!;
        return !site || distance(point(site.geometry.coordinates), point(mid), { units: 'meters' }) > 60;
      })
      .map((f) => f.properties.id);
    expect(misnamed).toEqual([]);
  });

  it('streets beside the moat are inside or outside it as they say; beside the canal, on the compass bank they name (within 60°)', () => {
    const inside = (p: XY) => {
      const ring = moat.map(toXY);
      let into = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [a, b] = [ring[i]!, ring[j]!];
        if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) into = !into;
      }
      return into;
    };
    const BANK: Record<string, XY> = { east: [1, 0], west: [-1, 0], north: [0, 1], south: [0, -1] };
    const wrong = network.value
      .filter((f) => f.properties.beside?.bank)
      .flatMap((f) => {
        const { waterway, bank } = f.properties.beside!;
        const vertices = linesOf(f.geometry).flat().map(toXY);
        // Along the canal: the middles of the segments that run beside it (within 35 m), by length.
        const pts =
          waterway === 'khu-mueang'
            ? vertices
            : vertices.slice(1).flatMap((b, i) => {
                const a = vertices[i]!;
                const mid: XY = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
                const n = Math.max(1, Math.round(Math.hypot(b[0] - a[0], b[1] - a[1])));
                return canalGrid.distance(mid, 60) <= 35 ? Array.from({ length: n }, () => mid) : [];
              });
        if (waterway === 'khu-mueang') {
          const share = pts.filter(inside).length / pts.length;
          return (bank === 'inside') === share >= 0.5 ? [] : [`${f.properties.id}: ${bank}, ${(share * 100).toFixed(0)} % inside`];
        }
        const grid = canalGrid;
        const [x, y] = pts.reduce(([sx, sy], p) => {
          const q = grid.nearest(p);
          return [sx + p[0] - q[0], sy + p[1] - q[1]];
        }, [0, 0]);
        const v = BANK[bank!]!;
        return (x * v[0] + y * v[1]) / Math.hypot(x, y) > 0.5 ? [] : [`${f.properties.id}: ${bank}`];
      });
    expect(wrong).toEqual([]);
  });

  it('the walkways lie on the canal centreline, say they are approximate, and meet the streets', () => {
    const walkways = network.value.filter((f) => f.properties.kind === 'promenade');
    // Phase 2 is described as a restoration, not a walkway: it is not drawn.
    expect(walkways.map((f) => f.properties.source).sort()).toEqual(['walkway-north-of-tha-phae', 'walkway-phase-1']);
    const streetVertices = new Set(network.value.filter((f) => f.properties.kind !== 'promenade').flatMap((f) => linesOf(f.geometry).flat().map(key)));
    for (const w of walkways) {
      expect(w.properties.approximate).toBe(true);
      expect(w.properties.stepFree).toBe(false);
      expect(w.properties.beside).toEqual({ waterway: 'mae-kha' });
      const line = linesOf(w.geometry)[0]!;
      expect(line.every((c) => canalGrid.distance(toXY(c), 2) < 1)).toBe(true);
      expect(line.filter((c) => streetVertices.has(key(c))).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('every site lies within 250 m of a line, except those beyond the street data (MK01, MK08), which the data says', () => {
    const box = networkData().streetDataBox;
    const all = new SegmentGrid(network.value.flatMap((f) => linesOf(f.geometry)));
    const far = sites.value.filter((s) => all.distance(toXY(s.geometry.coordinates), 260) > 250);
    const beyond = (s: SiteFeature) => {
      const [lon, lat] = s.geometry.coordinates;
      return lon < box.west || lon > box.east || lat < box.south || lat > box.north;
    };
    expect(far.map((s) => s.properties.id).sort()).toEqual(['mk01-ring-road-2-bridge', 'mk08-ping-outfall-bridge']);
    expect(far.every(beyond)).toBe(true);
  });
});

describe('site positions', () => {
  it('no two sites lie on the same point (within 5 m)', () => {
    const near: string[] = [];
    sites.value.forEach((a, i) =>
      sites.value.slice(i + 1).forEach((b) => {
        if (distance(point(a.geometry.coordinates), point(b.geometry.coordinates), { units: 'meters' }) < 5) near.push(`${a.properties.id} ~ ${b.properties.id}`);
      }),
    );
    expect(near).toEqual([]);
  });

  it('where OpenStreetMap places a site better, the site is there: Rakaeng bridge and Wat Hua Fai within 5 m of their OSM points', () => {
    const pois = (readDataFile('sources/osm/pois.geojson') as { features: { properties: { name: string }; geometry: { coordinates: Position } }[] }).features;
    const osm = (name: string) => pois.find((p) => p.properties.name === name)!.geometry.coordinates;
    const at = (id: string) => sites.value.find((s) => s.properties.id === id)!.geometry.coordinates;
    expect(distance(point(at('rakaeng-bridge')), point(osm('สะพานระแกง โอตารุเชียงใหม่')), { units: 'meters' })).toBeLessThan(5);
    expect(distance(point(at('wat-hua-fai')), point(osm('วัดหัวฝาย')), { units: 'meters' })).toBeLessThan(5);
  });
});

describe('the moat and the Ping', () => {
  const oldCity = (readDataFile('old-city.geojson') as { features: { properties: { kind: string }; geometry: { type: string; coordinates: Position[][] } }[] }).features;

  it('the moat line follows the OpenStreetMap moat: every water vertex within 30 m, sides of 1.57–1.63 km', () => {
    const grid = new SegmentGrid([moat]);
    const water = oldCity.filter((f) => f.properties.kind === 'moat-water').flatMap((f) => f.geometry.coordinates.flat());
    expect(water.length).toBeGreaterThan(100);
    expect(Math.max(...water.map((c) => grid.distance(toXY(c), 40)))).toBeLessThanOrEqual(30);
    const sides = moat.slice(1).map((c, i) => distance(point(moat[i]!), point(c), { units: 'kilometers' }));
    expect(sides.every((km) => km >= 1.57 && km <= 1.63)).toBe(true);
  });

  it('the Ping is OpenStreetMap’s line, vertex for vertex, and meets the canal’s outfall', () => {
    const ping = waterways.value.find((w) => w.properties.id === 'ping')!.geometry.coordinates as Position[];
    const source = (readDataFile('sources/osm/ping.geojson') as { features: { geometry: { coordinates: Position[] } }[] }).features[0]!.geometry.coordinates;
    expect(ping).toEqual(source);
    expect(new SegmentGrid([ping]).distance(toXY(canal.at(-1)!), 300)).toBeLessThan(50);
  });
});

describe('walks.json', () => {
  const siteIds = new Set(sites.value.map((s) => s.properties.id));
  const at = new Map(sites.value.map((s) => [s.properties.id, s.geometry.coordinates]));

  it('has at least four walks, each passing the schema', () => {
    expect(walks.length).toBeGreaterThanOrEqual(4);
    const bad = walks.map((w, i) => [w.id ?? i, Walk.safeParse(w)] as const).filter(([, r]) => !r.success);
    expect(bad.map(([id, r]) => `${id}: ${r.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)).toEqual([]);
  });

  it('walk ids are unique', () => {
    const ids = walks.map((w) => w.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('every stop is a site, and no walk visits a site twice', () => {
    const unknown = walks.flatMap((w) => w.stops.filter((s) => !siteIds.has(s)).map((s) => `${w.id}: ${s}`));
    const repeated = walks.flatMap((w) => w.stops.filter((s, i) => w.stops.indexOf(s) !== i).map((s) => `${w.id}: ${s}`));
    expect({ unknown, repeated }).toEqual({ unknown: [], repeated: [] });
  });

  it('titles and intros are bilingual, the Thai in Thai script', () => {
    const THAI = /[\u0E00-\u0E7F]/;
    const notThai = walks.filter((w) => !THAI.test(w.title.th) || !THAI.test(w.intro.th)).map((w) => w.id);
    expect(notThai).toEqual([]);
  });

  it('every walk is walkable: 0.5–5 km as the crow flies from stop to stop', () => {
    const out = walks
      .map((w): [string, number] => {
        const stops = w.loop ? [...w.stops, w.stops[0]!] : w.stops;
        const km = stops.slice(1).reduce((sum, id, i) => sum + distance(point(at.get(stops[i]!)!), point(at.get(id)!), { units: 'kilometers' }), 0);
        return [w.id, km];
      })
      .filter(([, km]) => km < 0.5 || km > 5)
      .map(([id, km]) => `${id}: ${km.toFixed(2)} km`);
    expect(out).toEqual([]);
  });
});
