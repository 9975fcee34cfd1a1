// @vitest-environment node
/**
 * The walking network (data/paths.geojson) and the curated walks (data/walks.json) against their
 * schemas, the sites and each other. A failure names the feature or walk.
 */
import distance from '@turf/distance';
import { lineString, point } from '@turf/helpers';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import { describe, expect, it } from 'vitest';
import rawPaths from '../../data/paths.geojson';
import rawSites from '../../data/sites.geojson';
import rawWaterways from '../../data/waterways.geojson';
import walks from '../../data/walks.json';
import { loadFeatures } from '../../src/domain/load';
import { type Bank, PathFeature, SiteFeature, STUDY_AREA, Walk, WaterwayFeature } from '../../src/domain/schema';

const paths = loadFeatures(rawPaths, PathFeature, 'paths.geojson');
const sites = loadFeatures(rawSites, SiteFeature, 'sites.geojson');
const waterways = loadFeatures(rawWaterways, WaterwayFeature, 'waterways.geojson');
const THAI = /[\u0E00-\u0E7F]/;
/** Every site must lie within this distance of the network. */
const SITE_LIMIT_M = 150;

type Position = [number, number];
type Lines = PathFeature['geometry'] | WaterwayFeature['geometry'];
const partsOf = (g: Lines): Position[][] => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);
const verticesOf = (g: Lines): Position[] => partsOf(g).flat();
/** Vertices that compare equal when they round to the same 7 decimals (the file's precision). */
const key = ([lon, lat]: Position) => `${lon.toFixed(7)},${lat.toFixed(7)}`;
const ends = (f: PathFeature): Position[] => partsOf(f.geometry).flatMap((p) => [p[0]!, p[p.length - 1]!]);

/** Components of the graph whose nodes are rounded vertices and whose edges are segments. */
function componentsOf(features: PathFeature[]): number {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  for (const f of features)
    for (const part of partsOf(f.geometry)) {
      part.forEach((c) => parent.set(key(c), parent.get(key(c)) ?? key(c)));
      for (let i = 1; i < part.length; i++) parent.set(find(key(part[i - 1]!)), find(key(part[i]!)));
    }
  return new Set([...parent.keys()].map(find)).size;
}

/** Metres from a point to the nearest network line. */
const toNetwork = (at: Position) =>
  Math.min(
    ...paths.value.flatMap((f) =>
      partsOf(f.geometry).map((part) => nearestPointOnLine(lineString(part), point(at), { units: 'meters' }).properties.dist),
    ),
  );

/** Unit vectors of the compass banks (x east, y north). */
const BANK_VECTOR: Record<Bank, Position> = { east: [1, 0], west: [-1, 0], north: [0, 1], south: [0, -1] };

describe('paths.geojson', () => {
  it('every feature passes the schema', () => {
    expect(paths.issues.map((i) => `${i.featureId ?? i.index}: ${i.detail}`)).toEqual([]);
    expect(paths.value.length).toBeGreaterThan(0);
  });

  it('ids are unique, and not shared with a site or a waterway', () => {
    const ids = (rawPaths as { features: { properties: { id: string } }[] }).features.map((f) => f.properties.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const others = new Set([...sites.value, ...waterways.value].map((f) => f.properties.id));
    expect(ids.filter((id) => others.has(id))).toEqual([]);
  });

  it('every coordinate lies in the study area, rounded to 7 decimals at most', () => {
    // Read from the raw file, so that a feature the schema rejects is still checked.
    const raw = (rawPaths as { features: { properties?: { id?: string }; geometry: Lines }[] }).features;
    const inArea = ([lon, lat]: Position) =>
      lon >= STUDY_AREA.west && lon <= STUDY_AREA.east && lat >= STUDY_AREA.south && lat <= STUDY_AREA.north;
    const rounded = ([lon, lat]: Position) => Number(lon.toFixed(7)) === lon && Number(lat.toFixed(7)) === lat;
    const bad = raw.flatMap((f) =>
      verticesOf(f.geometry)
        .filter((c) => !inArea(c) || !rounded(c))
        .map((c) => `${f.properties?.id} ${c.join(',')}`),
    );
    expect(raw.length).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it('says it is a model: every feature is approximate and names its source', () => {
    const unmarked = paths.value.filter((f) => !f.properties.approximate || f.properties.source.length < 20).map((f) => f.properties.id);
    expect(unmarked).toEqual([]);
  });

  it('names are bilingual, the Thai in Thai script', () => {
    const notThai = paths.value.filter((f) => f.properties.name && !THAI.test(f.properties.name.th)).map((f) => f.properties.id);
    expect(notThai).toEqual([]);
  });

  it('is one connected network over shared vertices', () => {
    expect(componentsOf(paths.value)).toBe(1);
  });

  it('detects a break: without the bridges and streets, the moat is cut off from the canal', () => {
    const canalAndMoat = paths.value.filter((f) => f.properties.beside);
    expect(componentsOf(canalAndMoat)).toBeGreaterThan(1);
  });

  it(`every site lies within ${SITE_LIMIT_M} m of the network`, () => {
    const far = sites.value
      .map((s): [string, number] => [s.properties.id, toNetwork(s.geometry.coordinates)])
      .filter(([, d]) => d > SITE_LIMIT_M)
      .map(([id, d]) => `${id}: ${d.toFixed(0)} m`);
    expect(sites.value.length).toBeGreaterThan(0);
    expect(far).toEqual([]);
  });

  it('every bridge joins edges beside the waterway it crosses, on opposite banks', () => {
    const bridges = paths.value.filter((f) => f.properties.crosses);
    expect(bridges.filter((b) => b.properties.kind !== 'bridge').map((b) => b.properties.id)).toEqual([]);
    const bad = bridges.flatMap((b) => {
      const [start, end] = [ends(b)[0]!, ends(b).at(-1)!].map(key);
      const banksAt = (k: string) =>
        paths.value
          .filter((f) => f !== b && f.properties.beside?.waterway === b.properties.crosses && verticesOf(f.geometry).some((c) => key(c) === k))
          .map((f) => f.properties.beside!.bank);
      const [a, z] = [banksAt(start!), banksAt(end!)];
      return a.length && z.length && !a.some((bank) => z.includes(bank)) ? [] : [`${b.properties.id}: ${a} | ${z}`];
    });
    expect(bridges.length).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it('a canal-side edge lies on the bank it names (within 60°: a south-east bank may be named east or south)', () => {
    const lineOf = new Map(waterways.value.map((w) => [w.properties.id, lineString(verticesOf(w.geometry))]));
    const wrong = paths.value
      .filter((f) => f.properties.beside)
      .flatMap((f) => {
        const { waterway, bank } = f.properties.beside!;
        const line = lineOf.get(waterway);
        if (!line) return [`${f.properties.id}: unknown waterway ${waterway}`];
        // Sum the vectors from the waterway's nearest point to each vertex (lon scaled to metres).
        const [x, y] = verticesOf(f.geometry).reduce(
          ([sx, sy], c) => {
            const [lon, lat] = nearestPointOnLine(line, point(c)).geometry.coordinates as Position;
            return [sx + (c[0] - lon) * Math.cos((lat * Math.PI) / 180), sy + (c[1] - lat)];
          },
          [0, 0],
        );
        const [bx, by] = BANK_VECTOR[bank];
        const cos = (x * bx + y * by) / Math.hypot(x, y);
        return cos > 0.5 ? [] : [`${f.properties.id}: named ${bank}, lies at ${((Math.atan2(x, y) * 180) / Math.PI).toFixed(0)}° from north`];
      });
    expect(wrong).toEqual([]);
  });

  it('a line that meets another ends on one of its vertices (noding is at shared vertices only)', () => {
    const unnoded = paths.value.flatMap((f) =>
      ends(f).flatMap((c) =>
        paths.value
          .filter((g) => g !== f && !verticesOf(g.geometry).some((v) => key(v) === key(c)))
          .filter((g) =>
            partsOf(g.geometry).some((part) => nearestPointOnLine(lineString(part), point(c), { units: 'meters' }).properties.dist < 0.5),
          )
          .map((g) => `${f.properties.id} ends on ${g.properties.id} between its vertices`),
      ),
    );
    expect(unnoded).toEqual([]);
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
    const notThai = walks.filter((w) => !THAI.test(w.title.th) || !THAI.test(w.intro.th)).map((w) => w.id);
    expect(notThai).toEqual([]);
  });

  it('every walk is walkable: 0.5–5 km as the crow flies from stop to stop', () => {
    // A lower bound of the distance along the network; the build script prints the network length.
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
