/**
 * Builds data/network.geojson: the walking network the app routes on and draws as its street map.
 *
 *   node scripts/build-network.mjs
 *
 * What goes in, and nothing else:
 * - **Streets from OpenStreetMap** (data/sources/osm/streets.geojson, © OpenStreetMap contributors,
 *   ODbL 1.0): the lines within CORRIDOR_M of the Mae Kha, the moat or any site, plus the streets
 *   on the shortest street paths between every two sites (so the sites at Doi Suthep's foot join
 *   the rest), then the largest connected part. Lines join only where they share an end vertex
 *   (the source's junction nodes): two streets crossing in 2D do not meet (no bridge or layer tags).
 * - **Canal crossings**: each street edge that crosses the Mae Kha's centreline
 *   (data/sources/osm/canal-crossings.geojson) becomes its own line, kind `bridge`, crossing
 *   `mae-kha`; a sampling bridge or Rakaeng bridge within NAME_RADIUS_M lends it its name. Whether
 *   each is a bridge or a culvert is not in the data; the walker crosses the canal either way.
 * - **Streets beside water**: a street whose length lies mostly within BESIDE_M of the canal or the
 *   moat, running along it, is marked `beside` that waterway, with the bank it is on (compass side).
 * - **Canal walkways**, only the stretches a cited source describes as a walkway (WALKWAYS below):
 *   phase 1's 2 m walkway, and the renovated walkway one report places north of Tha Phae Road.
 *   Phase 2 is described as a restoration, not a walkway, so it is not drawn. No source says which
 *   bank, so each is drawn on the canal's centreline (`approximate`, bank not given) and joins the
 *   streets that cross its stretch where they cross it.
 * Not drawn: the merit bridge (no source gives its position), footways, alleys and steps (not in
 * the street data), and anything north of 18.83 N or south of 18.75 N, where the street data stops.
 *
 * Access rule (shown in the app): streets are taken as step-free (a street carries traffic, so it
 * has no steps along it; kerbs and pavements are not surveyed); walkways are not known to be
 * step-free (no source says how they are reached), so the step-free route avoids them.
 *
 * The script checks itself: one connected network, the walkways joined to streets, every site
 * but those beyond the street data within SITE_LIMIT_M, and every street line unchanged from OSM.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCenterline } from './lib/geojson-io.mjs';
import { Polyline, metres, norm, onSegment, segmentsCross, sub, toLonLat, toXY } from './lib/geo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const OSM_DIR = `${root}data/sources/osm`;
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const OUT = `${root}data/network.geojson`;

/** Streets within this distance of the canal, the moat or a site are kept. */
const CORRIDOR_M = 800;
/** A street is "beside" a waterway where it runs within this distance of its centreline… */
const BESIDE_M = 35;
/** …at less than this angle to it, for at least this share of its length. */
const BESIDE_ANGLE = 30;
const BESIDE_SHARE = 0.6;
/** A canal crossing takes the name of a named bridge site this close to it. */
const NAME_RADIUS_M = 25;
/** A walkway end this close (along the canal) to a street crossing meets that street there. */
const JOIN_TOLERANCE_M = 2;
/** Every site must lie this close to the network, unless it is beyond the street data. */
const SITE_LIMIT_M = 250;
/** The street data's box (data/sources/osm/README.md): sites outside it may be off the network. */
const STREET_BOX = { west: 98.936, south: 18.75, east: 99.032, north: 18.83 };

const SOURCES = {
  'osm-streets': {
    label: { th: 'ถนนจาก OpenStreetMap', en: 'Streets from OpenStreetMap' },
    en: 'OpenStreetMap streets, via deesamery-cloud/chiangmai-transit network.graph.json (committed 2026-06-14): the highway classes motorway, trunk, primary, secondary, tertiary, unclassified, residential, living street, pedestrian, road and their link roads; no footways, paths, steps, cycleways or service ways (so no alleys mapped as service ways). No tags were kept, so a motorway or trunk road cannot be told from a street and is routed on like one',
    th: 'ถนนจาก OpenStreetMap ผ่านไฟล์ network.graph.json ของ deesamery-cloud/chiangmai-transit (บันทึกเมื่อ 14 มิ.ย. 2569) ได้แก่ทางหลวงพิเศษ ถนนสายหลัก ถนนสายรอง ถนนในชุมชน ถนนคนเดิน และทางเชื่อม ไม่มีทางเท้า ทางเดิน ขั้นบันได ทางจักรยาน หรือทางบริการ (ซอยที่บันทึกเป็นทางบริการจึงไม่มี) ข้อมูลไม่ได้เก็บประเภทถนนไว้ จึงแยกทางหลวงพิเศษออกจากถนนทั่วไปไม่ได้ และคำนวณเส้นทางผ่านได้เหมือนถนนทั่วไป',
    licence: 'ODbL-1.0',
    attribution: '© OpenStreetMap contributors',
    url: 'https://www.openstreetmap.org/copyright',
  },
  'walkway-phase-1': {
    label: { th: 'ทางเดินริมคลอง ระยะที่ 1 (ระแกง–กาดก้อม)', en: 'Canal walkway, phase 1 (Rakaeng–Kat Kom)' },
    en: 'Nation 2022-07-12; CityLife 2022-07-11; municipal press conference 2022-11-18: a 2 m walkway on the canal side along about 750 m from Rakaeng bridge to Pratu Kom / Kat Kom (phase 1, 2022). The bank is not given: drawn on the canal centreline from Rakaeng bridge (OSM) 750 m downstream',
    th: 'Nation 12 ก.ค. 2565, CityLife 11 ก.ค. 2565 และการแถลงข่าวของเทศบาล 18 พ.ย. 2565: ทางเดินริมคลองกว้าง 2 เมตร ยาวราว 750 เมตร จากสะพานระแกงถึงประตูก้อม/กาดก้อม (ระยะที่ 1 ปี 2565) แหล่งข้อมูลไม่ได้ระบุว่าอยู่ฝั่งใด จึงวาดไว้ตามแนวกลางคลองจากสะพานระแกง (OSM) ลงไป 750 เมตร',
  },
  'walkway-north-of-tha-phae': {
    label: { th: 'ทางเดินริมคลองช่วงเหนือถนนท่าแพ (มีรายงานแหล่งเดียว)', en: 'Canal walkway north of Tha Phae Road (one report)' },
    en: 'A visitor’s blog 2025 (one unconfirmed source): renovated walkways north of Tha Phae Road toward the Sri Phum corner by December 2025; Nation 2025-10-15 (phases 2–3 under way). The extent and bank are not given: drawn on the canal centreline from the street that probably is Tha Phae Road (OSM crossing 17) to MK05, near the corner',
    th: 'บล็อกของผู้มาเยือนปี 2568 (แหล่งเดียว ยังไม่ได้ยืนยัน): ทางเดินริมคลองช่วงเหนือถนนท่าแพไปทางแจ่งศรีภูมิได้รับการปรับปรุงแล้วเมื่อเดือนธันวาคม 2568 และ Nation 15 ต.ค. 2568 (งานระยะที่ 2–3 ยังดำเนินอยู่) ไม่ได้ระบุขอบเขตและฝั่ง จึงวาดไว้ตามแนวกลางคลองจากถนนที่น่าจะเป็นถนนท่าแพ (จุดตัดที่ 17 ใน OSM) ถึงสะพาน MK05 ใกล้มุมคูเมือง',
  },
};

// ── Inputs ───────────────────────────────────────────────────────────────────────────────────
const streets = readJson(`${OSM_DIR}/streets.geojson`).features;
const crossings = readJson(`${OSM_DIR}/canal-crossings.geojson`).features;
const canal = new Polyline(readCenterline(`${root}data/sources/mae-kha-centerline.tsv`));
const waterways = readJson(`${root}data/waterways.geojson`).features;
const moatLine = waterways.find((w) => w.properties.id === 'khu-mueang');
if (!moatLine) throw new Error('waterways.geojson has no khu-mueang');
const moat = new Polyline(moatLine.geometry.coordinates);
const sites = readJson(`${root}data/sites.geojson`).features;
const siteById = new Map(sites.map((s) => [s.properties.id, s]));

const chainageOfSite = (id) => {
  const site = siteById.get(id);
  if (!site) throw new Error(`no site ${id}`);
  return canal.nearest(site.geometry.coordinates).chainage;
};
const crossingNear = (chainage, within) => {
  const hits = crossings.filter((c) => Math.abs(c.properties.chainage_m - chainage) <= within);
  if (hits.length === 0) throw new Error(`no street crosses the canal within ${within} m of chainage ${chainage.toFixed(0)}`);
  return Math.min(...hits.map((c) => c.properties.chainage_m));
};

/** The walkways, by chainage along the centreline, from the sources in SOURCES. */
const RAKAENG = crossingNear(chainageOfSite('rakaeng-bridge'), 20);
const THA_PHAE = crossingNear(7123, 30); // canal-crossings.geojson site 17, "probably Tha Phae Rd"
const WALKWAYS = [
  { id: 'path-walkway-phase-1', source: 'walkway-phase-1', from: RAKAENG, to: RAKAENG + 750, confidence: 'medium' },
  { id: 'path-walkway-north-of-tha-phae', source: 'walkway-north-of-tha-phae', from: chainageOfSite('mk05-jaeng-si-phum-bridge'), to: THA_PHAE, confidence: 'low' },
];

/** Disjoint sets over any keys: `find` adds a key it has not seen as its own set. */
function unionFind() {
  const parent = new Map();
  const find = (x) => {
    if (!parent.has(x)) parent.set(x, x);
    while (parent.get(x) !== x) {
      parent.set(x, parent.get(parent.get(x)));
      x = parent.get(x);
    }
    return x;
  };
  const join = (a, b) => parent.set(find(a), find(b));
  return { find, join };
}

// ── The corridor ─────────────────────────────────────────────────────────────────────────────
const nearWater = (xy) => Math.min(canal.nearestXY(xy).dist, moat.nearestXY(xy).dist);
const siteXY = sites.map((s) => toXY(s.geometry.coordinates));
const nearSite = (xy) => Math.min(...siteXY.map((p) => norm(sub(p, xy))));

const adjacency = new Map();
const link = (a, b, line) => {
  if (!adjacency.has(a)) adjacency.set(a, []);
  adjacency.get(a).push({ to: b, line });
};
streets.forEach((f, i) => {
  link(f.properties.u, f.properties.v, i);
  link(f.properties.v, f.properties.u, i);
});

/** Plain Dijkstra over the street junctions; returns the line indices of the path to each target. */
function pathsFrom(source, targets) {
  const dist = new Map([[source, 0]]);
  const via = new Map();
  const heap = [[0, source]];
  const done = new Set();
  while (heap.length) {
    heap.sort((a, b) => b[0] - a[0]);
    const [d, n] = heap.pop();
    if (done.has(n)) continue;
    done.add(n);
    for (const { to, line } of adjacency.get(n) ?? []) {
      const nd = d + streets[line].properties.len_m;
      if (nd < (dist.get(to) ?? Infinity)) {
        dist.set(to, nd);
        via.set(to, { from: n, line });
        heap.push([nd, to]);
      }
    }
  }
  const lines = new Set();
  for (const t of targets) {
    for (let n = t; via.has(n); n = via.get(n).from) lines.add(via.get(n).line);
  }
  return lines;
}

function corridor() {
  const keep = new Set();
  const siteNode = [];
  streets.forEach((f, i) => {
    const pts = f.geometry.coordinates.map(toXY);
    if (pts.some((p) => nearWater(p) <= CORRIDOR_M || nearSite(p) <= CORRIDOR_M)) keep.add(i);
  });
  // Each site's nearest street junction (a line end), for the paths between sites.
  for (const p of siteXY) {
    let best = null;
    streets.forEach((f) => {
      const c = f.geometry.coordinates;
      for (const [node, at] of [[f.properties.u, c[0]], [f.properties.v, c.at(-1)]]) {
        const d = norm(sub(toXY(at), p));
        if (best === null || d < best.d) best = { node, d };
      }
    });
    siteNode.push(best.node);
  }
  // Small graphs: a heap by sorting is fast enough for 36 searches here (a build script).
  for (const node of new Set(siteNode)) for (const line of pathsFrom(node, siteNode)) keep.add(line);

  // The largest connected part of what is kept.
  const { find, join } = unionFind();
  for (const i of keep) join(streets[i].properties.u, streets[i].properties.v);
  const size = new Map();
  for (const i of keep) size.set(find(streets[i].properties.u), (size.get(find(streets[i].properties.u)) ?? 0) + 1);
  const [largest] = [...size.entries()].sort((a, b) => b[1] - a[1])[0];
  return [...keep].filter((i) => find(streets[i].properties.u) === largest).sort((a, b) => a - b);
}

// ── Splitting at the canal crossings ─────────────────────────────────────────────────────────
/** Where a street line crosses the canal: the segment index and the crossing point, or null. */
function canalCrossingsOf(coords) {
  const pts = coords.map(toXY);
  const hits = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    for (let k = 0; k + 1 < canal.pts.length; k++) {
      const hit = segmentsCross(pts[i], pts[i + 1], canal.pts[k], canal.pts[k + 1]);
      if (!hit) continue;
      const chainage = canal.cum[k] + hit.u * (canal.cum[k + 1] - canal.cum[k]);
      const xy = [pts[i][0] + (pts[i + 1][0] - pts[i][0]) * hit.t, pts[i][1] + (pts[i + 1][1] - pts[i][1]) * hit.t];
      hits.push({ segment: i, chainage, xy });
    }
  }
  return hits;
}

const NAMED_BRIDGES = sites
  .filter((s) => s.properties.code || s.properties.id === 'rakaeng-bridge')
  .map((s) => ({ name: s.properties.name, xy: toXY(s.geometry.coordinates) }));

/** The name of a named bridge site near a crossing point, if any (the nearest). */
function bridgeName(xy) {
  let best = null;
  for (const b of NAMED_BRIDGES) {
    const d = norm(sub(b.xy, xy));
    if (d <= NAME_RADIUS_M && (best === null || d < best.d)) best = { d, name: b.name };
  }
  return best?.name;
}

/** Whether a walkway runs over this chainage. */
const walkwayAt = (chainage) => WALKWAYS.find((w) => chainage >= w.from - JOIN_TOLERANCE_M && chainage <= w.to + JOIN_TOLERANCE_M);

const round6 = ([lon, lat]) => [Number(lon.toFixed(6)), Number(lat.toFixed(6))];

/**
 * A street line cut into parts: before the crossing edge, the crossing edge (a bridge; itself cut
 * at the canal's centreline where a walkway meets it), and after. Only source vertices are used,
 * except the meeting point of a walkway, which is recorded for the walkway to pass through.
 */
function partsOf(feature, joins) {
  const coords = feature.geometry.coordinates;
  const hits = canalCrossingsOf(coords).sort((a, b) => a.segment - b.segment);
  if (hits.length === 0) return [{ coords, bridge: null }];
  const parts = [];
  let start = 0;
  for (const hit of hits) {
    if (hit.segment > start) parts.push({ coords: coords.slice(start, hit.segment + 1), bridge: null });
    const [a, b] = [coords[hit.segment], coords[hit.segment + 1]];
    const bridge = { name: bridgeName(hit.xy), chainage: hit.chainage };
    if (walkwayAt(hit.chainage)) {
      const at = round6(toLonLat(hit.xy));
      joins.push({ chainage: hit.chainage, at });
      parts.push({ coords: [a, at], bridge }, { coords: [at, b], bridge });
    } else {
      parts.push({ coords: [a, b], bridge });
    }
    start = hit.segment + 1;
  }
  if (start < coords.length - 1) parts.push({ coords: coords.slice(start), bridge: null });
  return parts;
}

// ── Beside the water ─────────────────────────────────────────────────────────────────────────
const BANK_OF = ([x, y]) => (Math.abs(x) >= Math.abs(y) ? (x > 0 ? 'east' : 'west') : y > 0 ? 'north' : 'south');

/** Whether a point (metres) lies inside the moat's ring (even–odd rule). */
function insideMoat([x, y]) {
  let inside = false;
  const ring = moat.pts;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Which waterway a street line runs beside, and on which bank, or null. */
function besideOf(coords) {
  const pts = coords.map(toXY);
  let total = 0;
  const along = { 'mae-kha': { m: 0, normal: [0, 0], inside: 0 }, 'khu-mueang': { m: 0, normal: [0, 0], inside: 0 } };
  for (let i = 0; i + 1 < pts.length; i++) {
    const seg = sub(pts[i + 1], pts[i]);
    const len = norm(seg);
    total += len;
    if (len === 0) continue;
    const mid = [(pts[i][0] + pts[i + 1][0]) / 2, (pts[i][1] + pts[i + 1][1]) / 2];
    for (const [id, line] of [['mae-kha', canal], ['khu-mueang', moat]]) {
      const near = line.nearestXY(mid);
      if (near.dist > BESIDE_M) continue;
      const cos = Math.abs(seg[0] * near.dir[0] + seg[1] * near.dir[1]) / len;
      if (cos < Math.cos((BESIDE_ANGLE * Math.PI) / 180)) continue;
      along[id].m += len;
      // The side the street is on: the vector from the nearest point of the water to the street.
      const q = line.xyAt(near.chainage);
      const n = sub(mid, q);
      along[id].normal = [along[id].normal[0] + n[0] * len, along[id].normal[1] + n[1] * len];
      if (insideMoat(mid)) along[id].inside += len;
    }
  }
  const best = Object.entries(along).sort((a, b) => b[1].m - a[1].m)[0];
  if (total === 0 || best[1].m / total < BESIDE_SHARE) return null;
  // The moat is a ring: its banks are inside and outside the old city, not compass sides.
  if (best[0] === 'khu-mueang') return { waterway: best[0], bank: best[1].inside * 2 > best[1].m ? 'inside' : 'outside' };
  return { waterway: best[0], bank: BANK_OF(best[1].normal) };
}

// ── Assemble ─────────────────────────────────────────────────────────────────────────────────
function build() {
  const kept = corridor();
  const features = [];
  const joins = [];
  for (const i of kept) {
    const f = streets[i];
    const parts = partsOf(f, joins);
    parts.forEach((part, k) => {
      const properties = {
        id: parts.length === 1 ? `osm-${f.properties.id}` : `osm-${f.properties.id}-${k + 1}`,
        kind: part.bridge ? 'bridge' : 'street',
        stepFree: true,
        source: 'osm-streets',
        confidence: 'high',
        approximate: false,
      };
      if (part.bridge) {
        properties.crosses = 'mae-kha';
        if (part.bridge.name) properties.name = part.bridge.name;
      } else {
        const beside = besideOf(part.coords);
        if (beside) properties.beside = beside;
      }
      features.push({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: part.coords } });
    });
  }

  for (const w of WALKWAYS) {
    const meets = joins.filter((j) => walkwayAt(j.chainage) === w).sort((a, b) => a.chainage - b.chainage);
    if (meets.length === 0) throw new Error(`${w.id}: no street meets it`);
    // The centreline between the ends, passing exactly through each meeting point (an end at a
    // crossing is that meeting point).
    const ends = [w.from, w.to]
      .filter((c) => !meets.some((m) => Math.abs(m.chainage - c) <= JOIN_TOLERANCE_M))
      .map((chainage) => ({ chainage, at: round6(canal.at(chainage)) }));
    const stops = [...ends, ...meets].sort((a, b) => a.chainage - b.chainage);
    const coords = [stops[0].at];
    for (let k = 0; k + 1 < stops.length; k++) {
      coords.push(...canal.slice(stops[k].chainage, stops[k + 1].chainage).slice(1, -1).map(round6), stops[k + 1].at);
    }
    features.push({
      type: 'Feature',
      properties: {
        id: w.id,
        kind: 'promenade',
        stepFree: false,
        beside: { waterway: 'mae-kha' },
        source: w.source,
        confidence: w.confidence,
        approximate: true,
      },
      geometry: { type: 'LineString', coordinates: coords },
    });
  }
  return { kept, features };
}

// ── Checks ───────────────────────────────────────────────────────────────────────────────────
function lengthOf(coords) {
  let m = 0;
  for (let i = 1; i < coords.length; i++) m += metres(coords[i - 1], coords[i]);
  return m;
}

function check(features) {
  // Connectivity over shared vertices.
  const key = ([lon, lat]) => `${lon},${lat}`;
  const uses = new Map();
  for (const f of features) for (const c of f.geometry.coordinates) uses.set(key(c), (uses.get(key(c)) ?? 0) + 1);
  const { find, join } = unionFind();
  const byVertex = new Map();
  features.forEach((f, i) => {
    find(`f${i}`);
    for (const c of f.geometry.coordinates) {
      const k = key(c);
      if (uses.get(k) < 2) continue;
      if (byVertex.has(k)) join(`f${i}`, byVertex.get(k));
      else byVertex.set(k, `f${i}`);
    }
  });
  const roots = new Set(features.map((_, i) => find(`f${i}`)));
  if (roots.size !== 1) throw new Error(`the network falls into ${roots.size} parts`);

  // Sites: near the network, unless beyond the street data.
  const segs = [];
  for (const f of features) {
    const pts = f.geometry.coordinates.map(toXY);
    for (let i = 0; i + 1 < pts.length; i++) segs.push([pts[i], pts[i + 1]]);
  }
  const report = [];
  for (const s of sites) {
    const p = toXY(s.geometry.coordinates);
    let d = Infinity;
    for (const [a, b] of segs) d = Math.min(d, onSegment(p, a, b).dist);
    const [lon, lat] = s.geometry.coordinates;
    const outside = lon < STREET_BOX.west || lon > STREET_BOX.east || lat < STREET_BOX.south || lat > STREET_BOX.north;
    if (d > SITE_LIMIT_M && !outside) throw new Error(`${s.properties.id} is ${d.toFixed(0)} m from the network`);
    if (d > 50) report.push(`${s.properties.id} ${d.toFixed(0)} m${outside ? ' (beyond the street data)' : ''}`);
  }
  return report;
}

const { kept, features } = build();
const farSites = check(features);
const bySource = {};
for (const f of features) bySource[f.properties.source] = (bySource[f.properties.source] ?? 0) + lengthOf(f.geometry.coordinates);

const collection = {
  type: 'FeatureCollection',
  // The full citation of each `source` key used by the features.
  sources: SOURCES,
  features,
};
// One feature per line keeps the file diffable without doubling its size.
const body = features.map((f) => JSON.stringify(f)).join(',\n');
writeFileSync(
  OUT,
  `{"type":"FeatureCollection","streetDataBox":${JSON.stringify(STREET_BOX)},"sources":${JSON.stringify(collection.sources, null, 1)},"features":[\n${body}\n]}\n`,
);

const km = (m) => `${(m / 1000).toFixed(1)} km`;
console.log(`wrote ${features.length} lines from ${kept.length} OSM street lines`);
for (const [source, m] of Object.entries(bySource)) console.log(`  ${source}: ${km(m)}`);
console.log(`  bridges over the Mae Kha: ${features.filter((f) => f.properties.kind === 'bridge').length}; beside water: ${features.filter((f) => f.properties.beside && f.properties.kind === 'street').length}`);
if (farSites.length) console.log(`  sites more than 50 m from the network: ${farSites.join('; ')}`);
