/**
 * Builds data/paths.geojson: a SIMPLIFIED MODEL of the walking network along the Mae Kha, for
 * routing between the sites. It is not a survey, and every feature says so (`approximate: true`,
 * a `confidence`, and a `source` naming what it was derived from).
 *
 *   node scripts/build-paths.mjs
 *
 * How it is made:
 * - Canal-side walkways are the OpenStreetMap centreline of the Mae Kha in data/waterways.geojson
 *   (© OpenStreetMap contributors, ODbL) offset ~8 m to a bank. The restored stretches come from the
 *   project facts file; no source says on which bank the walkways are, so both banks are modelled
 *   (confidence low). Outside them one bank stands for the lanes near the canal.
 * - Bridges cross the canal at the stations (distance along the centreline) of the sampling
 *   bridges MK01–MK08 (field GPS), Loi Kroh Road (OSM) and the facts' estimates for Tha Phae Road,
 *   Rakaeng bridge and the merit bridge. Each joins the two banks' walkways at shared vertices.
 * - Walks beside the moat offset its corner-to-corner outline (data/waterways.geojson) ~15 m.
 * - Streets join the sites that lie off the canal; they are straight lines between named points.
 * Access is not surveyed: see ACCESS below. No source mentions steps down to the water, so the
 * network has no `steps` edges.
 *
 * The script checks itself: one connected network, every site within SITE_LIMIT_M of it, and both
 * banks of every bridge on a walkway. If data/walks.json exists, it prints each walk's length
 * along the network.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OSM, roundPosition, toJson } from './lib/geojson-io.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const readData = (name) => JSON.parse(readFileSync(`${root}data/${name}`, 'utf8'));
const OUT_PATHS = `${root}data/paths.geojson`;
const WALKS = `${root}data/walks.json`;

/** Every site must lie within this distance of the network (projection distance). */
const SITE_LIMIT_M = 150;
/** Walkways beside the canal (about 5 m wide) and the moat (about 13 m wide), from their centrelines. */
const CANAL_OFFSET_M = 8;
const MOAT_OFFSET_M = 15;
/** Half-length of the far-bank landing of a bridge outside the restored stretches. */
const LANDING_M = 25;

const FACTS = 'project facts file';
const CENTRELINE = `Modelled by offsetting the ${OSM} centreline of the Mae Kha (data/waterways.geojson) ~${CANAL_OFFSET_M} m to one bank`;
const ACCESS =
  'Access not surveyed: stepFree is assumed for a level walkway or street (no source), shade none and lit false are defaults, not observations';
const NOT_STEP_FREE =
  'Access not surveyed: stepFree false means not known to be step-free (no source describes the bridge), not that steps were seen; shade none and lit false are defaults';
const BOTH_BANKS = 'No source says on which bank the walkway is, so both banks are modelled';

// ── A local metric projection (equirectangular about the old city; error well under 1 % here) ──
const LON0 = 98.99;
const LAT0 = 18.79;
const KY = (Math.PI / 180) * 6371008.8;
const KX = KY * Math.cos((LAT0 * Math.PI) / 180);
const toXY = ([lon, lat]) => [(lon - LON0) * KX, (lat - LAT0) * KY];
const toLonLat = ([x, y]) => roundPosition([LON0 + x / KX, LAT0 + y / KY], 7);

const sub = (a, b) => [a[0] - b[0], a[1] - b[1]];
const add = (a, b) => [a[0] + b[0], a[1] + b[1]];
const scale = (a, k) => [a[0] * k, a[1] * k];
const dot = (a, b) => a[0] * b[0] + a[1] * b[1];
const norm = (a) => Math.hypot(a[0], a[1]);
const unit = (a) => scale(a, 1 / norm(a));
/** The unit normal on the left of the direction a→b. */
const leftNormal = (a, b) => {
  const [dx, dy] = unit(sub(b, a));
  return [-dy, dx];
};
/** The compass bank a direction points to, by its larger component. */
const compass = ([x, y]) => (Math.abs(x) >= Math.abs(y) ? (x > 0 ? 'east' : 'west') : y > 0 ? 'north' : 'south');
const OPPOSITE = { east: 'west', west: 'east', north: 'south', south: 'north' };

/** Nearest point of segment a–b to p: its parameter t in [0, 1], the point and the distance. */
function onSegment(p, a, b) {
  const ab = sub(b, a);
  const l2 = dot(ab, ab);
  const t = l2 === 0 ? 0 : Math.min(1, Math.max(0, dot(sub(p, a), ab) / l2));
  const q = add(a, scale(ab, t));
  return { t, point: q, dist: norm(sub(p, q)) };
}

/** Distance along a polyline (metres from its start) of the point nearest to p. */
function stationOf(line, p) {
  let best = { dist: Infinity, s: 0 };
  let s = 0;
  for (let i = 1; i < line.length; i++) {
    const seg = norm(sub(line[i], line[i - 1]));
    const hit = onSegment(p, line[i - 1], line[i]);
    if (hit.dist < best.dist) best = { dist: hit.dist, s: s + hit.t * seg };
    s += seg;
  }
  return best;
}

// ── Inputs ───────────────────────────────────────────────────────────────────────────────────
const waterways = readData('waterways.geojson').features;
const sites = readData('sites.geojson').features;
const waterway = (id) => waterways.find((w) => w.properties.id === id).geometry.coordinates;
const site = (id) => {
  const f = sites.find((s) => s.properties.id === id);
  if (!f) throw new Error(`unknown site ${id}`);
  return f;
};
const siteXY = (id) => toXY(site(id).geometry.coordinates);
const siteName = (id) => site(id).properties.name;
const byCode = (code) => sites.find((s) => s.properties.code === code).properties.id;

// ── The canal: centreline vertices plus a vertex at every station the network needs ────────────
const centre = waterway('mae-kha').map(toXY);
const KM = 1000;
const MK = Object.fromEntries(['MK01', 'MK02', 'MK03', 'MK04', 'MK05', 'MK06', 'MK07', 'MK08'].map((c) => [c, stationOf(centre, siteXY(byCode(c))).s]));
const loiKroh = stationOf(centre, toXY([98.99871, 18.78409])).s; // Loi Kroh Road crosses the canal here (OSM, facts file)

/** Stations (metres along the centreline) of everything that meets the canal. */
const STATION = {
  ...Object.fromEntries(Object.entries(MK).map(([c, s]) => [c.toLowerCase(), s])),
  // Facts file: Tha Phae Rd ≈ 7.2 km from MK01 along the centreline.
  thaPhae: MK.MK01 + 7.2 * KM,
  loiKroh,
  rakaeng: stationOf(centre, siteXY('rakaeng-bridge')).s, // facts' estimate, 450 m downstream of MK06
  merit: stationOf(centre, siteXY('merit-bridge')).s, // position unknown: the sites data's estimate
  phase1South: stationOf(centre, siteXY('kat-kom-market')).s, // facts' estimate, Kat Kom / pumping station No. 6
  // Where streets to the sites off the canal meet it: the canal's nearest point to each.
  jaengSiPhum: stationOf(centre, siteXY('jaeng-si-phum')).s,
  jaengKatam: stationOf(centre, siteXY('jaeng-katam')).s,
  warorot: stationOf(centre, siteXY('warorot-market')).s,
  muangMai: stationOf(centre, siteXY('muang-mai-market')).s,
  khamThiang: stationOf(centre, siteXY('kham-thiang-market')).s,
};
for (const code of ['MK01', 'MK02', 'MK03', 'MK04', 'MK07', 'MK08']) {
  STATION[`${code.toLowerCase()}Before`] = MK[code] - LANDING_M;
  STATION[`${code.toLowerCase()}After`] = MK[code] + LANDING_M;
}

/** The centreline with the stations inserted: vertices {xy, s}, and each station's vertex index. */
function stationed(line, stations) {
  const verts = [];
  let s = 0;
  line.forEach((xy, i) => {
    if (i > 0) s += norm(sub(xy, line[i - 1]));
    verts.push({ xy, s });
  });
  const total = s;
  const index = {};
  const wanted = Object.entries(stations).map(([name, at]) => [name, Math.min(total, Math.max(0, at))]);
  for (const [name, at] of wanted.sort((a, b) => a[1] - b[1])) {
    let k = verts.findIndex((v) => v.s >= at);
    if (k === -1) k = verts.length - 1;
    // Reuse a vertex within 2 m; otherwise insert one on the segment.
    const near = [k - 1, k].filter((j) => j >= 0).find((j) => Math.abs(verts[j].s - at) < 2);
    if (near !== undefined) {
      index[name] = near;
      continue;
    }
    const a = verts[k - 1];
    const b = verts[k];
    const t = (at - a.s) / (b.s - a.s);
    verts.splice(k, 0, { xy: add(a.xy, scale(sub(b.xy, a.xy), t)), s: at });
    for (const key of Object.keys(index)) if (index[key] >= k) index[key] += 1;
    index[name] = k;
  }
  return { verts, index };
}

const canal = stationed(centre, STATION);
const at = (name) => {
  const i = canal.index[name];
  if (i === undefined) throw new Error(`no station ${name}`);
  return i;
};

/** Unit normal at a centreline vertex (left of the flow): the mean of its segments' normals. */
function vertexNormal(verts, i) {
  const ns = [];
  if (i > 0) ns.push(leftNormal(verts[i - 1].xy, verts[i].xy));
  if (i < verts.length - 1) ns.push(leftNormal(verts[i].xy, verts[i + 1].xy));
  return unit(ns.reduce(add));
}
/** side +1: left of the flow (downstream), -1: right. */
const canalPoint = (i, side) => add(canal.verts[i].xy, scale(vertexNormal(canal.verts, i), side * CANAL_OFFSET_M));

/** Compass bank of one side of the canal between two vertices: the length-weighted mean normal. */
function bankOf(i0, i1, side) {
  let sum = [0, 0];
  for (let i = i0; i < i1; i++) {
    const a = canal.verts[i].xy;
    const b = canal.verts[i + 1].xy;
    sum = add(sum, scale(leftNormal(a, b), side * norm(sub(b, a))));
  }
  return compass(sum);
}

/**
 * Offset vertices between two stations. A vertex whose offset would turn back against the flow
 * (the inside of a tight bend) is left out, unless a station needs it.
 */
function canalLine(from, to, side) {
  const i0 = at(from);
  const i1 = at(to);
  const needed = new Set(Object.values(canal.index));
  const kept = [i0];
  for (let i = i0 + 1; i <= i1; i++) {
    const prev = kept[kept.length - 1];
    const forward = dot(sub(canalPoint(i, side), canalPoint(prev, side)), sub(canal.verts[i].xy, canal.verts[prev].xy)) > 0;
    if (forward || needed.has(i) || i === i1) kept.push(i);
  }
  return kept.map((i) => canalPoint(i, side));
}

/** The side of the canal (at a station) that faces a point. */
const sideFacing = (name, xy) => (norm(sub(canalPoint(at(name), 1), xy)) <= norm(sub(canalPoint(at(name), -1), xy)) ? 1 : -1);

// ── Features ─────────────────────────────────────────────────────────────────────────────────
const features = [];

/** Property order in the output file. */
const ORDER = ['id', 'kind', 'name', 'beside', 'crosses', 'stepFree', 'shade', 'lit', 'source', 'confidence', 'approximate'];

function emit(properties, xyCoordinates) {
  const coordinates = xyCoordinates.map(toLonLat).filter((c, i, all) => i === 0 || c[0] !== all[i - 1][0] || c[1] !== all[i - 1][1]);
  if (coordinates.length < 2) throw new Error(`${properties.id}: fewer than 2 vertices`);
  const all = { shade: 'none', lit: false, approximate: true, ...properties };
  features.push({
    type: 'Feature',
    id: properties.id,
    geometry: { type: 'LineString', coordinates },
    properties: Object.fromEntries(ORDER.filter((k) => k in all).map((k) => [k, all[k]])),
  });
}

/**
 * A canal-side edge between two stations on one side; its id ends with the computed compass bank.
 * @returns the bank.
 */
function canalSide({ slug, from, to, side, ...properties }) {
  const bank = bankOf(at(from), at(to), side);
  emit({ id: `${slug}-${bank}`, beside: { waterway: 'mae-kha', bank }, ...properties }, canalLine(from, to, side));
  return bank;
}

/** The side whose bank is the given compass bank over a stretch. */
function sideWithBank(from, to, bank) {
  const side = [1, -1].find((s) => bankOf(at(from), at(to), s) === bank);
  if (!side) throw new Error(`no ${bank} bank between ${from} and ${to}`);
  return side;
}

// Restored stretches, north to south, both banks.
const RESTORED = [
  {
    slug: 'mae-kha-walk-north-of-tha-phae',
    from: 'mk05',
    to: 'thaPhae',
    kind: 'promenade',
    name: { th: 'ทางเดินริมคลองช่วงเหนือถนนท่าแพ', en: 'Canal walk north of Tha Phae Road' },
    source: `${CENTRELINE}. Walkway: a visitor’s blog 2025 (low confidence) reports renovated walkways north of Tha Phae Rd toward the Sri Phum corner by Dec 2025; Nation 2025-10-15 (phases 2–3 under way). The extent is not given: modelled from MK05 at Jaeng Si Phum to Tha Phae Rd (≈7.2 km from MK01, ${FACTS}). ${BOTH_BANKS}. ${ACCESS}`,
  },
  {
    slug: 'mae-kha-night-bazaar-stretch',
    from: 'thaPhae',
    to: 'mk06',
    kind: 'path',
    name: { th: 'คลองแม่ข่าช่วงไนท์บาซาร์', en: 'Night Bazaar stretch of the canal' },
    source: `${CENTRELINE}. Stretch: CMU news 2024-04-23 (Earth Day 2024 clean-up of the 800 m Night Bazaar stretch, Sri Don Chai bridge to the Loi Kroh and Tha Phae bridges). No source says a walkway was built here: modelled as a canal-side path. ${BOTH_BANKS}. ${ACCESS}`,
  },
  {
    slug: 'mae-kha-phase-2',
    from: 'mk06',
    to: 'rakaeng',
    kind: 'promenade',
    name: { th: 'ทางเดินริมคลอง ระยะที่ 2 (ศรีดอนไชย–ระแกง)', en: 'Canal walk, phase 2 (Sri Don Chai–Rakaeng)' },
    source: `${CENTRELINE}. Extent: CMU news 2024-04-23; Nation 2025-10-15 (phase 2, 2024: Rakaeng bridge north about 450 m to Sri Don Chai bridge); Rakaeng bridge position estimated (${FACTS}, low). The facts do not describe the walkway itself. ${BOTH_BANKS}. ${ACCESS}`,
  },
  {
    slug: 'mae-kha-phase-1',
    from: 'rakaeng',
    to: 'phase1South',
    kind: 'promenade',
    name: { th: 'ทางเดินริมคลองแม่ข่า ระยะที่ 1 (ระแกง–กาดก้อม)', en: 'Restored canal walk, phase 1 (Rakaeng–Kat Kom)' },
    source: `${CENTRELINE}. Walkway: Nation 2022-07-12; CityLife 2022-07-11 (a 2 m walkway on the canal side, about 750 m from Rakaeng bridge to Kat Kom / pumping station No. 6); both ends estimated along the centreline (${FACTS}, low). ${BOTH_BANKS}. ${ACCESS}`,
  },
];
const coverage = [];
for (const stretch of RESTORED) {
  const banks = [1, -1].map((side) => canalSide({ ...stretch, side, stepFree: true, confidence: 'low' }));
  if (banks[0] !== OPPOSITE[banks[1]]) throw new Error(`${stretch.slug}: banks ${banks} are not opposite`);
  coverage.push(`${stretch.slug}: ${banks.join(' + ')}`);
}

// Outside the restored stretches: one bank, east (the markets north of the old city lie east).
const LANES = `The facts do not describe walking access along this stretch: this line stands for the lanes and streets near the canal, on one bank only (east, chosen because the markets north of the old city lie east of the canal). ${ACCESS}`;
for (const [slug, from, to] of [
  ['mae-kha-north-lanes', 'mk01', 'mk05'],
  ['mae-kha-south-lanes', 'phase1South', 'mk08'],
]) {
  const side = sideWithBank(from, to, 'east');
  canalSide({ slug, from, to, side, kind: 'street', stepFree: true, confidence: 'low', source: `${CENTRELINE}. ${LANES}` });
  coverage.push(`${slug}: east only`);
}

// Bridges across the canal. Where only one bank is modelled, a short landing on the far bank.
const SAMPLED = `Bridge position: field GPS of the water-sampling programme (${FACTS}, high); drawn straight across at the nearest point of the centreline, between the modelled walkways`;
const CANAL_BRIDGES = [
  // [station, id, name, stepFree (true only where the name says a road crosses), confidence, source]
  ['mk01', 'bridge-mk01-ring-road-2', siteName(byCode('MK01')), true, 'medium', `${SAMPLED}. Carries Ring Road 2 (name)`],
  ['mk02', 'bridge-mk02-si-lanna', siteName(byCode('MK02')), false, 'medium', SAMPLED],
  ['mk03', 'bridge-mk03-st-peter', siteName(byCode('MK03')), false, 'medium', SAMPLED],
  ['mk04', 'bridge-mk04-si-mongkhon', siteName(byCode('MK04')), false, 'medium', SAMPLED],
  ['mk05', 'bridge-mk05-jaeng-si-phum', siteName(byCode('MK05')), false, 'medium', SAMPLED],
  [
    'thaPhae',
    'bridge-tha-phae-road',
    { th: 'สะพานถนนท่าแพ', en: 'Tha Phae Road bridge' },
    true,
    'low',
    `Tha Phae Rd crosses the canal ≈7.2 km from MK01 along the centreline (${FACTS}); position by that chainage. Carries Tha Phae Road`,
  ],
  [
    'loiKroh',
    'bridge-loi-kroh-road',
    { th: 'สะพานถนนลอยเคราะห์', en: 'Loi Kroh Road bridge' },
    true,
    'medium',
    `Loi Kroh Road crosses the canal at ${OSM} (${FACTS}). Carries Loi Kroh Road`,
  ],
  ['mk06', 'bridge-mk06-sri-don-chai', siteName(byCode('MK06')), false, 'medium', SAMPLED],
  [
    'rakaeng',
    'bridge-rakaeng',
    siteName('rakaeng-bridge'),
    false,
    'low',
    `Rakaeng bridge: ${FACTS} (position estimated 450 m downstream of MK06 along the centreline, low)`,
  ],
  [
    'merit',
    'bridge-merit',
    siteName('merit-bridge'),
    false,
    'low',
    'A footbridge linking the Wat Hua Fai community and Kamphaeng Ngam (PRD Chiang Mai; CityLife; cm108). Position not in the sources: placed 700 m downstream of MK06, as in data/sites.geojson',
  ],
  ['mk07', 'bridge-mk07-mahidol-road', siteName(byCode('MK07')), true, 'medium', `${SAMPLED}. Carries Mahidol Road (name)`],
  ['mk08', 'bridge-mk08-ping-outfall', siteName(byCode('MK08')), false, 'medium', SAMPLED],
];
for (const [station, id, name, stepFree, confidence, source] of CANAL_BRIDGES) {
  const i = at(station);
  const access = stepFree ? `${ACCESS}; a road bridge is assumed level` : NOT_STEP_FREE;
  emit(
    { id, kind: 'bridge', name, crosses: 'mae-kha', stepFree, confidence, source: `${source}. Geometry modelled. ${access}` },
    [canalPoint(i, 1), canalPoint(i, -1)],
  );
}
for (const code of ['mk01', 'mk02', 'mk03', 'mk04', 'mk07', 'mk08']) {
  const from = `${code}Before`;
  const to = `${code}After`;
  const side = -sideWithBank(from, to, 'east');
  canalSide({
    slug: `mae-kha-${code}-landing`,
    from,
    to,
    side,
    kind: 'street',
    stepFree: true,
    confidence: 'low',
    source: `${CENTRELINE}. Where bridge ${code.toUpperCase()} lands on the far bank (${LANDING_M} m each way); the streets there are not in the facts. ${ACCESS}`,
  });
}

// ── The moat: walks beside its corner-to-corner outline ─────────────────────────────────────────
const moat = waterway('khu-mueang').slice(0, 4).map(toXY); // NE, SE, SW, NW corners (OSM)
const MOAT_CORNERS = ['jaeng-si-phum', 'jaeng-katam', 'jaeng-ku-hueang', 'jaeng-hua-lin'];
const centroid = scale(moat.reduce(add), 1 / moat.length);
/** Outward unit normal of side k (corner k to corner k+1). */
const outward = (k) => {
  const n = leftNormal(moat[k], moat[(k + 1) % 4]);
  return dot(n, sub(moat[k], centroid)) > 0 ? n : scale(n, -1);
};
/** Corner k of the ring offset by d (positive: outside), mitred so it lies on both sides' offsets. */
const ringCorner = (k, d) => {
  const a = outward((k + 3) % 4);
  const b = outward(k);
  return add(moat[k], scale(add(a, b), d / (1 + dot(a, b))));
};
/** A point on side k of the ring offset by d, level with the moat point nearest to p. */
const ringPoint = (k, d, p) => add(onSegment(p, moat[k], moat[(k + 1) % 4]).point, scale(outward(k), d));

const MOAT_SOURCE = `Modelled: a line ~${MOAT_OFFSET_M} m beside the moat’s straight corner-to-corner outline (corners from ${OSM}, data/waterways.geojson). The facts do not describe walks or streets beside the moat. ${ACCESS}`;
const thaPhaeGate = siteXY('tha-phae-gate');
const gateOuter = ringPoint(0, MOAT_OFFSET_M, thaPhaeGate);
const gateInner = ringPoint(0, -MOAT_OFFSET_M, thaPhaeGate);
for (let k = 0; k < 4; k++) {
  const bank = compass(outward(k));
  const via = k === 0 ? [gateOuter] : [];
  emit(
    {
      id: `moat-walk-outside-${bank}`,
      kind: 'street',
      beside: { waterway: 'khu-mueang', bank },
      stepFree: true,
      confidence: 'low',
      source: `${MOAT_SOURCE} Outer side of the ${bank} moat, ${MOAT_CORNERS[k]} to ${MOAT_CORNERS[(k + 1) % 4]}`,
    },
    [ringCorner(k, MOAT_OFFSET_M), ...via, ringCorner((k + 1) % 4, MOAT_OFFSET_M)],
  );
}
// Inside the east arm only: the old city's side of the moat at Somphet Market and Tha Phae Gate.
emit(
  {
    id: `moat-walk-inside-${compass(outward(0))}-arm`,
    kind: 'street',
    beside: { waterway: 'khu-mueang', bank: OPPOSITE[compass(outward(0))] },
    stepFree: true,
    confidence: 'low',
    source: `${MOAT_SOURCE} Inner side of the east moat only (Somphet Market and Tha Phae Gate), jaeng-si-phum to jaeng-katam`,
  },
  [ringCorner(0, -MOAT_OFFSET_M), gateInner, ringCorner(1, -MOAT_OFFSET_M)],
);
emit(
  {
    id: 'bridge-moat-tha-phae-gate',
    kind: 'bridge',
    crosses: 'khu-mueang',
    stepFree: false,
    confidence: 'low',
    source: `Modelled crossing of the moat at Tha Phae Gate (gate from ${OSM}); the facts do not describe it, but the museums inside the old city can only be reached across the moat. ${NOT_STEP_FREE}`,
  },
  [gateOuter, gateInner],
);

// ── Streets that join the sites off the canal ──────────────────────────────────────────────────
const STREET = `Modelled as straight lines between named points; the real streets are not in the facts. ${ACCESS}`;
/** The canal-side vertex at a station, on the bank facing the point. */
const canalJoin = (station, toward) => canalPoint(at(station), sideFacing(station, toward));

emit(
  {
    id: 'street-jaeng-si-phum-to-canal',
    kind: 'street',
    stepFree: true,
    confidence: 'low',
    source: `Joins the NE moat corner (Jaeng Si Phum, ${OSM}) to the nearest point of the canal, ~120 m, where the moat drained into the Mae Kha (${FACTS}). ${STREET}`,
  },
  [ringCorner(0, MOAT_OFFSET_M), canalJoin('jaengSiPhum', moat[0])],
);
emit(
  {
    id: 'tha-phae-road',
    kind: 'street',
    name: { th: 'ถนนท่าแพ', en: 'Tha Phae Road' },
    stepFree: true,
    confidence: 'medium',
    source: `Tha Phae Road leads east from Tha Phae Gate (${OSM}) and crosses the canal ≈7.2 km from MK01 (${FACTS}; data/sites.geojson). Drawn as a straight line between the two. ${ACCESS}`,
  },
  [gateOuter, canalJoin('thaPhae', thaPhaeGate)],
);
const earthenWall = siteXY('earthen-wall');
emit(
  {
    id: 'street-jaeng-katam-earthen-wall',
    kind: 'street',
    stepFree: true,
    confidence: 'low',
    source: `Joins the SE moat corner (Jaeng Katam, ${OSM}) to the nearest point of the canal through the estimated earthen-wall point (data/sites.geojson); the wall’s course is not in the sources. ${STREET}`,
  },
  [ringCorner(1, MOAT_OFFSET_M), earthenWall, canalJoin('jaengKatam', moat[1])],
);
const street = (id, from, siteIds, to, source = `Sites from ${OSM}. ${STREET}`) =>
  emit({ id, kind: 'street', stepFree: true, confidence: 'low', source }, [from, ...siteIds.map(siteXY), ...(to ? [to] : [])]);
street('street-warorot-ton-lamyai', canalJoin('warorot', siteXY('warorot-market')), ['warorot-market', 'ton-lamyai-market']);
street('street-muang-mai-market', canalJoin('muangMai', siteXY('muang-mai-market')), ['muang-mai-market']);
street('street-kham-thiang-market', canalJoin('khamThiang', siteXY('kham-thiang-market')), ['kham-thiang-market']);
street(
  'street-night-bazaar-anusarn',
  canalJoin('loiKroh', siteXY('night-bazaar')),
  ['night-bazaar', 'anusarn-market'],
  canalJoin('mk06', siteXY('anusarn-market')),
);
street('street-old-city-museums', gateInner, ['lanna-folklife-museum', 'three-kings-monument', 'city-arts-cultural-centre']);

// Huay Kaew Road: from the NW moat corner toward the waterfall, beside the approximate Huai Kaeo.
const waterfall = siteXY('huay-kaew-waterfall');
const huaLin = ringCorner(3, MOAT_OFFSET_M);
const angKaew = siteXY('ang-kaew-reservoir');
const angKaewJoin = onSegment(angKaew, waterfall, huaLin).point;
emit(
  {
    id: 'huay-kaew-road',
    kind: 'street',
    name: { th: 'ถนนห้วยแก้ว', en: 'Huay Kaew Road' },
    stepFree: true,
    confidence: 'low',
    source: `The facts give the Huai Kaeo’s course as an approximation along Huay Kaew Rd, from the waterfall toward the NW moat corner (Jaeng Hua Lin); both points from ${OSM}. Drawn as one straight line, not the road’s real course. ${ACCESS}`,
  },
  [huaLin, angKaewJoin, waterfall],
);
street('street-ang-kaew-reservoir', angKaewJoin, ['ang-kaew-reservoir']);

// ── Checks ───────────────────────────────────────────────────────────────────────────────────
const key = ([lon, lat]) => `${lon},${lat}`;
const ids = features.map((f) => f.properties.id);
const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
if (repeated.length) throw new Error(`repeated ids: ${repeated}`);

/** Graph over shared vertices: node per distinct position, edge per segment. */
const nodes = new Map();
const nodeOf = (c) => {
  if (!nodes.has(key(c))) nodes.set(key(c), { c, xy: toXY(c), edges: [] });
  return nodes.get(key(c));
};
const segments = [];
for (const f of features) {
  const cs = f.geometry.coordinates;
  for (let i = 1; i < cs.length; i++) {
    const a = nodeOf(cs[i - 1]);
    const b = nodeOf(cs[i]);
    const m = norm(sub(a.xy, b.xy));
    a.edges.push([b, m]);
    b.edges.push([a, m]);
    segments.push({ a, b, m, kind: f.properties.kind });
  }
}

// Union-find: the network must be one component.
const parent = new Map([...nodes.keys()].map((k) => [k, k]));
const find = (k) => (parent.get(k) === k ? k : (parent.set(k, find(parent.get(k))), parent.get(k)));
for (const { a, b } of segments) parent.set(find(key(a.c)), find(key(b.c)));
const components = new Set([...nodes.keys()].map(find)).size;
if (components !== 1) throw new Error(`the network has ${components} components, not 1`);

/** Where a point meets the network: the nearest segment, the point on it and the distance. */
function snap(p) {
  let best = { dist: Infinity };
  for (const s of segments) {
    const hit = onSegment(p, s.a.xy, s.b.xy);
    if (hit.dist < best.dist) best = { ...hit, seg: s };
  }
  return best;
}
const far = sites
  .map((s) => [s.properties.id, snap(toXY(s.geometry.coordinates)).dist])
  .filter(([, d]) => d > SITE_LIMIT_M)
  .map(([id, d]) => `${id} ${d.toFixed(0)} m`);
if (far.length) throw new Error(`sites farther than ${SITE_LIMIT_M} m from the network: ${far.join(', ')}`);

// Every canal or moat bridge joins canal-side edges on opposite banks.
for (const f of features.filter((x) => x.properties.crosses)) {
  const ends = [f.geometry.coordinates[0], f.geometry.coordinates.at(-1)].map(key);
  const banks = ends.map((end) =>
    features
      .filter((g) => g.properties.beside?.waterway === f.properties.crosses && g.geometry.coordinates.some((c) => key(c) === end))
      .map((g) => g.properties.beside.bank),
  );
  if (!banks[0].length || !banks[1].length || banks[0].some((b) => banks[1].includes(b)))
    throw new Error(`${f.properties.id}: does not join walkways on both banks (${JSON.stringify(banks)})`);
}

const collection = { type: 'FeatureCollection', features };
writeFileSync(OUT_PATHS, toJson(collection));

// ── Report ───────────────────────────────────────────────────────────────────────────────────
const metresByKind = {};
for (const s of segments) metresByKind[s.kind] = (metresByKind[s.kind] ?? 0) + s.m;
const total = Object.values(metresByKind).reduce((a, b) => a + b, 0);
const countByKind = features.reduce((acc, f) => ({ ...acc, [f.properties.kind]: (acc[f.properties.kind] ?? 0) + 1 }), {});
const vertexCount = features.reduce((n, f) => n + f.geometry.coordinates.length, 0);
console.log(`wrote ${features.length} path features, ${vertexCount} vertices, ${nodes.size} nodes, 1 component, ${(total / KM).toFixed(2)} km`);
for (const [kind, n] of Object.entries(countByKind))
  console.log(`  ${kind.padEnd(9)} ${String(n).padStart(3)} features  ${(metresByKind[kind] / KM).toFixed(2)} km`);
console.log(`  canal banks: ${coverage.join('; ')}`);
const worst = sites.map((s) => [s.properties.id, snap(toXY(s.geometry.coordinates)).dist]).sort((a, b) => b[1] - a[1]);
console.log(`  farthest sites: ${worst.slice(0, 3).map(([id, d]) => `${id} ${d.toFixed(0)} m`).join(', ')}`);

/**
 * Where a walker may join the network from a point: every segment within SNAP_SLACK_M of the
 * nearest, so that a site on the centreline can be visited from either bank. Each as the two
 * segment ends with the distance to reach them.
 */
const SNAP_SLACK_M = 10;
function access(p) {
  const hits = segments.map((seg) => ({ seg, ...onSegment(p, seg.a.xy, seg.b.xy) }));
  const nearest = Math.min(...hits.map((h) => h.dist));
  return hits
    .filter((h) => h.dist <= nearest + SNAP_SLACK_M)
    .flatMap(({ seg, t, dist }) => [
      [seg.a, dist + t * seg.m],
      [seg.b, dist + (1 - t) * seg.m],
    ]);
}
/** Network distance (metres) between two points, access legs included (Dijkstra). */
function walkBetween(p, q) {
  const dist = new Map();
  for (const [n, d] of access(p)) dist.set(n, Math.min(d, dist.get(n) ?? Infinity));
  const done = new Set();
  for (;;) {
    let u;
    for (const [n, d] of dist) if (!done.has(n) && (u === undefined || d < dist.get(u))) u = n;
    if (u === undefined) break;
    done.add(u);
    for (const [v, m] of u.edges) if (dist.get(u) + m < (dist.get(v) ?? Infinity)) dist.set(v, dist.get(u) + m);
  }
  return Math.min(...access(q).map(([n, d]) => dist.get(n) + d));
}
if (existsSync(WALKS)) {
  for (const walk of JSON.parse(readFileSync(WALKS, 'utf8'))) {
    const stops = walk.loop ? [...walk.stops, walk.stops[0]] : walk.stops;
    const legs = stops.slice(1).map((id, i) => walkBetween(siteXY(stops[i]), siteXY(id)));
    const metres = legs.reduce((a, b) => a + b, 0);
    const loop = walk.loop ? ', loop' : '';
    console.log(`  walk ${walk.id}: ${walk.stops.length} stops${loop}, ${(metres / KM).toFixed(1)} km (legs ${legs.map((m) => m.toFixed(0)).join(', ')} m)`);
  }
}
