/**
 * Routing benchmark: our graph builder and A* router against geojson-path-finder and ngraph.path
 * (A* and NBA*), on the app's walking network (data/network.geojson: OpenStreetMap's streets and
 * the sourced walkways, built with every site attached, as the app does) and on a synthetic
 * ~20k-node city network. The same 1,000 seeded node pairs go to every engine in turn; a plain
 * Dijkstra written here checks the lengths.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import gpf from 'geojson-path-finder';
import createGraph from 'ngraph.graph';
import { aStar, nba } from 'ngraph.path';
import { build } from 'vite';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const PathFinder = /** @type {any} */ (gpf).default ?? gpf;
const QUERIES = 1000;
/** Warm-up queries per engine before measuring: enough for the JIT to optimise every engine on a small network. */
const warmups = (/** @type {number} */ nodes) => (nodes < 5000 ? 3000 : 100);
const BUILD_RUNS = 7;
/**
 * Targets: no route of ours longer than the shortest; median query ≤ 1 ms and ≥ 5× faster than
 * geojson-path-finder, ≥ 2× than ngraph.path; build (sites attached) ≤ 150 ms.
 */
const TARGET = { gpf: 5, ngraph: 2, buildMs: 150, queryMs: 1 };
const BOX = { west: 98.95, east: 99.03, south: 18.76, north: 18.82 };
const R = 6_371_008.8;
const RAD = Math.PI / 180;

export const name = 'routing';

/** Bundles the TypeScript domain modules for Node with Vite (no tsx/vite-node needed). */
async function loadDomain() {
  const outDir = join(BENCH, 'out/routing-lib');
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: {
        entry: { graph: join(ROOT, 'src/domain/network/graph.ts'), route: join(ROOT, 'src/domain/network/route.ts') },
        formats: ['es'],
      },
    },
  });
  const url = (/** @type {string} */ f) => pathToFileURL(join(outDir, f)).href;
  const [graph, route] = await Promise.all([import(url('graph.js')), import(url('route.js'))]);
  return { buildGraph: graph.buildGraph, route: route.route };
}

/** @param {number} seed */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** @param {number} lng1 @param {number} lat1 @param {number} lng2 @param {number} lat2 */
function haversine(lng1, lat1, lng2, lat2) {
  const s1 = Math.sin((lat2 - lat1) * RAD * 0.5);
  const s2 = Math.sin((lng2 - lng1) * RAD * 0.5);
  const a = s1 * s1 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * s2 * s2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A jittered 159 × 126 grid over the Chiang Mai box (~20k junctions): about a quarter of the
 * streets removed, some diagonals added, a third of the streets bent by a middle vertex.
 */
export function syntheticCity(seed = 20_250_101) {
  const rnd = mulberry32(seed);
  const [cols, rows] = [159, 126];
  const dx = (BOX.east - BOX.west) / (cols - 1);
  const dy = (BOX.north - BOX.south) / (rows - 1);
  const pos = Array.from({ length: cols * rows }, (_, i) => [
    BOX.west + (i % cols) * dx + (rnd() - 0.5) * 0.4 * dx,
    BOX.south + Math.floor(i / cols) * dy + (rnd() - 0.5) * 0.4 * dy,
  ]);
  const kinds = ['street', 'street', 'street', 'path', 'promenade'];
  /** @type {any[]} */
  const features = [];
  const street = (/** @type {number} */ a, /** @type {number} */ b) => {
    const [pa, pb] = [pos[a], pos[b]];
    const coords = [pa];
    if (rnd() < 0.33) coords.push([(pa[0] + pb[0]) / 2 + (rnd() - 0.5) * 0.2 * dx, (pa[1] + pb[1]) / 2 + (rnd() - 0.5) * 0.2 * dy]);
    coords.push(pb);
    const kind = rnd() < 0.02 ? 'steps' : kinds[Math.floor(rnd() * kinds.length)];
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: coords },
      properties: { id: `e${features.length}`, kind, stepFree: kind !== 'steps', shade: ['none', 'some', 'good'][Math.floor(rnd() * 3)], lit: rnd() < 0.5 },
    });
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (c + 1 < cols && rnd() < 0.7) street(i, i + 1);
      if (r + 1 < rows && rnd() < 0.7) street(i, i + cols);
      if (c + 1 < cols && r + 1 < rows && rnd() < 0.07) street(i, i + cols + 1);
    }
  }
  return { type: 'FeatureCollection', features };
}

/** The reference: every vertex a node, every segment an edge, a plain binary-heap Dijkstra. */
function referenceRouter(/** @type {any} */ geojson) {
  /** @type {Map<string, number>} */
  const ids = new Map();
  /** @type {[number, number][][]} */
  const adj = [];
  const key = (/** @type {number[]} */ p) => `${Math.round(p[0] * 1e7)},${Math.round(p[1] * 1e7)}`;
  const id = (/** @type {number[]} */ p) => {
    const k = key(p);
    if (!ids.has(k)) {
      ids.set(k, adj.length);
      adj.push([]);
    }
    return /** @type {number} */ (ids.get(k));
  };
  for (const f of geojson.features) {
    const lines = f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [f.geometry.coordinates];
    for (const line of lines) {
      for (let i = 1; i < line.length; i++) {
        const [a, b] = [id(line[i - 1]), id(line[i])];
        const w = haversine(line[i - 1][0], line[i - 1][1], line[i][0], line[i][1]);
        adj[a].push([b, w]);
        adj[b].push([a, w]);
      }
    }
  }
  /** @param {number[]} from @param {number[]} to */
  return (from, to) => {
    const [s, t] = [ids.get(key(from)), ids.get(key(to))];
    if (s === undefined || t === undefined) return Infinity;
    const dist = new Map([[s, 0]]);
    /** @type {[number, number][]} */
    const heap = [[0, s]];
    const pop = () => {
      const top = heap[0];
      const last = /** @type {[number, number]} */ (heap.pop());
      if (heap.length) {
        heap[0] = last;
        for (let i = 0; ; ) {
          const [l, r] = [2 * i + 1, 2 * i + 2];
          let m = i;
          if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
          if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
          if (m === i) break;
          [heap[i], heap[m]] = [heap[m], heap[i]];
          i = m;
        }
      }
      return top;
    };
    const push = (/** @type {[number, number]} */ item) => {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const p = (i - 1) >> 1;
        if (heap[p][0] <= heap[i][0]) break;
        [heap[i], heap[p]] = [heap[p], heap[i]];
        i = p;
      }
    };
    while (heap.length) {
      const [d, u] = pop();
      if (d > /** @type {number} */ (dist.get(u))) continue;
      if (u === t) return d;
      for (const [v, w] of adj[u]) {
        const nd = d + w;
        if (nd < (dist.get(v) ?? Infinity)) {
          dist.set(v, nd);
          push([nd, v]);
        }
      }
    }
    return Infinity;
  };
}

/** ngraph.graph from our noded edges (same nodes, same haversine lengths; parallel edges: the shorter). */
function ngraphOf(/** @type {any} */ graph) {
  const g = createGraph();
  for (let n = 0; n < graph.nodeCount; n++) g.addNode(n, { lng: graph.lng[n], lat: graph.lat[n] });
  for (let e = 0; e < graph.edgeCount; e++) {
    const [a, b, w] = [graph.edgeFrom[e], graph.edgeTo[e], graph.edgeLength[e]];
    if (a === b) continue;
    const link = g.getLink(a, b) ?? g.getLink(b, a);
    if (link) link.data.weight = Math.min(link.data.weight, w);
    else g.addLink(a, b, { weight: w });
  }
  return g;
}

const median = (/** @type {number[]} */ xs) => quantile(xs, 0.5);
/** @param {number[]} xs @param {number} q */
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + ((s[Math.ceil(i)] ?? s[lo]) - s[lo]) * (i - lo);
}
/** @param {() => unknown} fn */
function timed(fn) {
  const t = performance.now();
  const value = fn();
  return { ms: performance.now() - t, value };
}

/** Benchmarks one network; returns its report. */
async function benchNetwork(
  /** @type {string} */ label,
  /** @type {any} */ geojson,
  /** @type {any} */ domain,
  /** @type {(m: string) => void} */ log,
  /** @type {{ id: string, point: number[] }[]} */ attach = [],
) {
  const builds = Array.from({ length: BUILD_RUNS }, () => timed(() => domain.buildGraph(geojson, { attach, maxSnap: 250 })));
  const { graph, stats } = /** @type {any} */ (builds[0].value);
  const ours = { firstMs: builds[0].ms, medianMs: median(builds.map((b) => b.ms)) };
  const lineOnly = { ...geojson, features: geojson.features.filter((/** @type {any} */ f) => f.geometry.type === 'LineString') };
  const gpfBuild = timed(() => new PathFinder(lineOnly));
  const ngBuild = timed(() => ngraphOf(graph));
  const refRoute = referenceRouter(geojson);
  const finder = /** @type {any} */ (gpfBuild.value);
  const ng = /** @type {any} */ (ngBuild.value);
  const heuristic = (/** @type {any} */ a, /** @type {any} */ b) => haversine(a.data.lng, a.data.lat, b.data.lng, b.data.lat) * (1 - 1e-9);
  const distance = (/** @type {any} */ _a, /** @type {any} */ _b, /** @type {any} */ link) => link.data.weight;
  const ngA = aStar(ng, { distance, heuristic });
  const ngN = nba(ng, { distance, heuristic });

  const largest = graph.componentSizes.indexOf(Math.max(...graph.componentSizes));
  const inLargest = [];
  for (let n = 0; n < graph.nodeCount; n++) if (graph.component[n] === largest) inLargest.push(n);
  const coord = (/** @type {number} */ n) => [graph.lng[n], graph.lat[n]];
  const anchor = (/** @type {number} */ n) => ({ id: `n${n}`, point: coord(n), node: n, access: 0 });
  const point = (/** @type {number} */ n) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: coord(n) }, properties: {} });
  const pathLength = (/** @type {number[][]} */ cs) => cs.reduce((s, p, i) => (i ? s + haversine(cs[i - 1][0], cs[i - 1][1], p[0], p[1]) : 0), 0);
  const nodesLength = (/** @type {any[]} */ ns) =>
    ns.reduce((s, node, i) => (i ? s + (ng.getLink(ns[i - 1].id, node.id) ?? ng.getLink(node.id, ns[i - 1].id)).data.weight : 0), 0);

  /** Each engine: query → length in metres (Infinity: no route). */
  const engines = {
    ours: (/** @type {number} */ a, /** @type {number} */ b) => {
      const leg = domain.route(graph, anchor(a), anchor(b), 'shortest');
      return 'reason' in leg ? Infinity : leg.distance;
    },
    'geojson-path-finder': (/** @type {number} */ a, /** @type {number} */ b) => {
      const found = finder.findPath(point(a), point(b));
      return found ? pathLength(found.path) : Infinity;
    },
    'ngraph A*': (/** @type {number} */ a, /** @type {number} */ b) => nodesLength(ngA.find(a, b)),
    'ngraph NBA*': (/** @type {number} */ a, /** @type {number} */ b) => nodesLength(ngN.find(a, b)),
  };
  const names = /** @type {(keyof typeof engines)[]} */ (Object.keys(engines));
  const rnd = mulberry32(7);
  const pick = () => inLargest[Math.floor(rnd() * inLargest.length)];
  const warm = warmups(graph.nodeCount);
  const pairs = Array.from({ length: warm + QUERIES }, () => [pick(), pick()]);
  const truths = pairs.slice(warm).map(([a, b]) => refRoute(coord(a), coord(b)));
  /** @type {Record<string, { ms: number[], longer: number, missing: number }>} */
  const results = Object.fromEntries(names.map((n) => [n, { ms: [], longer: 0, missing: 0 }]));
  // Each engine runs its warm-ups and its queries back to back, on its own: interleaved, one
  // engine's garbage is collected in another's timings (it tripled ours here, 0.04 → 0.11 ms).
  for (const engine of names) {
    const r = results[engine];
    pairs.forEach(([a, b], q) => {
      const { ms, value } = timed(() => engines[engine](a, b));
      if (q < warm) return;
      r.ms.push(ms);
      const truth = truths[q - warm];
      if (value === Infinity) r.missing++;
      else if (/** @type {number} */ (value) > truth * (1 + 1e-9) + 1e-6) r.longer++;
    });
  }
  const summary = Object.fromEntries(
    names.map((n) => [n, { medianMs: median(results[n].ms), p95Ms: quantile(results[n].ms, 0.95), longer: results[n].longer, noRoute: results[n].missing }]),
  );
  const ratio = (/** @type {string} */ peer) => summary[peer].medianMs / summary.ours.medianMs;
  const report = {
    label,
    network: { ...stats, queries: QUERIES, warmups: warm, queryNodes: inLargest.length, sitesAttached: attach.length },
    build: { oursFirstMs: ours.firstMs, oursMedianMs: ours.medianMs, gpfMs: gpfBuild.ms, ngraphFromOurEdgesMs: ngBuild.ms },
    queries: summary,
    ratios: { gpf: ratio('geojson-path-finder'), ngraphAStar: ratio('ngraph A*'), ngraphNBA: ratio('ngraph NBA*') },
  };
  print(report, log);
  return report;
}

function print(/** @type {any} */ r, /** @type {(m: string) => void} */ log) {
  const f = (/** @type {number} */ x) => (x < 1 ? x.toFixed(3) : x.toFixed(1));
  const pass = (/** @type {boolean} */ ok) => (ok ? 'PASS' : 'FAIL');
  const lines = [
    '',
    `Routing: ${r.label} — ${r.network.nodes} nodes, ${r.network.edges} edges, ${(r.network.length / 1000).toFixed(1)} km, ` +
      `${r.network.components} components; ${r.network.queries} queries in the largest (${r.network.queryNodes} nodes) after ${r.network.warmups} warm-ups`,
    `build${r.network.sitesAttached ? ` (${r.network.sitesAttached} sites attached)` : ''}: ours ${f(r.build.oursMedianMs)} ms median of ${BUILD_RUNS} (first ${f(r.build.oursFirstMs)} ms); ` +
      `geojson-path-finder ${f(r.build.gpfMs)} ms; ngraph.graph from our noded edges ${f(r.build.ngraphFromOurEdgesMs)} ms`,
    `${'engine'.padEnd(22)}${'median ms'.padStart(11)}${'p95 ms'.padStart(10)}${'× ours'.padStart(9)}${'longer'.padStart(8)}${'no route'.padStart(10)}`,
  ];
  for (const [engine, s] of Object.entries(/** @type {Record<string, any>} */ (r.queries))) {
    const x = s.medianMs / r.queries.ours.medianMs;
    lines.push(`${engine.padEnd(22)}${f(s.medianMs).padStart(11)}${f(s.p95Ms).padStart(10)}${x.toFixed(1).padStart(9)}${String(s.longer).padStart(8)}${String(s.noRoute).padStart(10)}`);
  }
  lines.push(
    `${pass(r.queries.ours.longer === 0 && r.queries.ours.noRoute === 0)}  ours: 0 routes longer than the shortest (plain Dijkstra), 0 missing`,
    `${pass(r.ratios.gpf >= TARGET.gpf)}  median ≥ ${TARGET.gpf}× faster than geojson-path-finder: ×${r.ratios.gpf.toFixed(1)}`,
    `${pass(r.ratios.ngraphAStar >= TARGET.ngraph)}  median ≥ ${TARGET.ngraph}× faster than ngraph.path A*: ×${r.ratios.ngraphAStar.toFixed(1)}`,
    `${pass(r.ratios.ngraphNBA >= TARGET.ngraph)}  median ≥ ${TARGET.ngraph}× faster than ngraph.path NBA*: ×${r.ratios.ngraphNBA.toFixed(1)}`,
    `${pass(r.queries.ours.medianMs <= TARGET.queryMs)}  our median route ≤ ${TARGET.queryMs} ms: ${f(r.queries.ours.medianMs)} ms`,
    `${pass(r.build.oursMedianMs <= TARGET.buildMs)}  our build ≤ ${TARGET.buildMs} ms: ${f(r.build.oursMedianMs)} ms (the app builds it in a worker)`,
  );
  log(lines.join('\n'));
}

/**
 * @param {{ log?: (msg: string) => void }} [options]
 * @returns {Promise<object>} the report, also written to bench/out/routing.json
 */
export async function run({ log = console.log } = {}) {
  log('bench: bundling the network modules (vite)…');
  const domain = await loadDomain();
  const read = async (/** @type {string} */ f) => JSON.parse(await readFile(join(ROOT, 'data', f), 'utf8'));
  const [network, sites] = await Promise.all([read('network.geojson'), read('sites.geojson')]);
  const attach = sites.features.map((/** @type {any} */ s) => ({ id: s.properties.id, point: s.geometry.coordinates }));
  const reports = [
    await benchNetwork('data/network.geojson (OpenStreetMap streets + walkways)', network, domain, log, attach),
    await benchNetwork('synthetic city (seeded)', syntheticCity(), domain, log),
  ];
  const report = { date: new Date().toISOString(), node: process.version, networks: reports };
  await mkdir(join(BENCH, 'out'), { recursive: true });
  await writeFile(join(BENCH, 'out/routing.json'), `${JSON.stringify(report, null, 2)}\n`);
  log('\nwritten: bench/out/routing.json\n');
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
