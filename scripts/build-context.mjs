/**
 * Builds the map's context layers from OpenStreetMap (© OpenStreetMap contributors, ODbL 1.0):
 *
 *   node scripts/build-context.mjs
 *
 * - data/old-city.geojson: the moat's water polygons, the city-wall fragments and corner bastions,
 *   and the five gates (data/sources/osm/old-city.geojson), with their OSM ids and the names OSM
 *   gives (Thai and English where it has both).
 * - data/places.geojson: named temples, shrines and churches, markets, schools and museums within
 *   600 m of the canal (data/sources/osm/pois.geojson, by its `flags`), in the one name the data
 *   gives, for small labels at close zoom and as landmarks in walking directions. Points that are
 *   one of the app's sites are left out (the site is drawn instead).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { metres } from './lib/geo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const OSM_DIR = `${root}data/sources/osm`;
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

const round6 = (c) => [Number(c[0].toFixed(6)), Number(c[1].toFixed(6))];
const roundGeometry = (g) => {
  if (g.type === 'Point') return { type: 'Point', coordinates: round6(g.coordinates) };
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(round6)) };
  throw new Error(`unexpected geometry ${g.type}`);
};

const LAYER_KIND = { 'moat-water': 'moat-water', 'osm-city-wall': 'wall', 'osm-city-gate': 'gate' };

function oldCity() {
  const source = readJson(`${OSM_DIR}/old-city.geojson`);
  const features = source.features.map((f) => {
    const kind = LAYER_KIND[f.properties.layer];
    if (!kind) throw new Error(`old-city: unknown layer ${f.properties.layer}`);
    const tags = f.properties.osm_tags ?? {};
    const properties = { kind, osm: `${f.properties.osm_type}/${f.properties.osm_id}`, source: 'osm-old-city' };
    const th = tags['name:th'] ?? tags.name;
    const en = tags['name:en'];
    if (th) properties.name_th = th;
    if (en) properties.name_en = en;
    return { type: 'Feature', properties, geometry: roundGeometry(f.geometry) };
  });
  return { type: 'FeatureCollection', features };
}

/** Flags of pois.geojson worth a label, most specific first. */
const KINDS = ['museum', 'market', 'school', 'wat', 'worship', 'bridge'];

const squash = (s) => s.toLowerCase().replace(/[\s().,'’-]/g, '');

function places() {
  const sites = readJson(`${root}data/sites.geojson`).features;
  const pois = readJson(`${OSM_DIR}/pois.geojson`).features;
  const isSite = (p) =>
    sites.some((s) => {
      const d = metres(s.geometry.coordinates, p.geometry.coordinates);
      if (d <= 50) return true;
      const name = squash(p.properties.name);
      const names = [s.properties.name.th, s.properties.name.en].map(squash);
      return d <= 300 && names.some((n) => n.includes(name) || name.includes(n));
    });
  const features = [];
  for (const p of pois) {
    const kind = KINDS.find((k) => p.properties.flags?.includes(k));
    if (!kind || isSite(p)) continue;
    features.push({
      type: 'Feature',
      properties: { name: p.properties.name, kind, source: 'osm-pois' },
      geometry: { type: 'Point', coordinates: round6(p.geometry.coordinates) },
    });
  }
  return { type: 'FeatureCollection', features };
}

const write = (file, collection) => {
  const body = collection.features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(`${root}data/${file}`, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
  return collection.features.length;
};

console.log(`wrote ${write('old-city.geojson', oldCity())} old-city features`);
console.log(`wrote ${write('places.geojson', places())} named places`);
