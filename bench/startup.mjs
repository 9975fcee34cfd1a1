/**
 * Start-up benchmark: the app against a bare MapLibre "floor" page drawing the same data.
 * Bytes (initial JS, CSS, worker) and navigation-to-map-idle time in headless Chromium. The app is
 * opened in Thai (?lang=th); the floor draws the same Thai labels with the same web font.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFloor, ensureAppBuilt } from './lib/build.mjs';
import { launchChromium, timeToIdle } from './lib/chromium.mjs';
import { serve } from './lib/serve.mjs';
import { bundleSizes } from './lib/sizes.mjs';
import { median } from './lib/median.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const RUNS = 15;
const WARMUPS = 1;
/** Targets: initial JS gzip ≤ floor + 120 KiB; time to idle ≤ 1.3 × floor. */
const JS_BUDGET = 120 * 1024;
const TIME_RATIO = 1.3;
const APP_QUERY = '?lang=th';
const FLOOR_DRAWS = 'floor: bare MapLibre, same GeoJSON, same Thai labels and font, circles instead of icons, no UI';
/** The app renders its site list after the map starts (see App.tsx); the bench times that too. */
const SITE_LIST = '.site-list__items li';

export const name = 'startup';

const kib = (/** @type {number} */ b) => `${(b / 1024).toFixed(1)} KiB`;
const pct = (/** @type {number} */ r) => `${r >= 1 ? '+' : ''}${((r - 1) * 100).toFixed(0)}%`;

/**
 * @param {{ log?: (msg: string) => void }} [options]
 * @returns {Promise<object>} the report also written to bench/out/startup.json
 */
export async function run({ log = console.log } = {}) {
  await ensureAppBuilt(ROOT, { log });
  log('bench: building the floor page…');
  const floorDist = await buildFloor(BENCH);
  const sizes = { app: await bundleSizes(join(ROOT, 'dist')), floor: await bundleSizes(floorDist) };
  // Offline: the service worker must precache every data file the map and the router fetch.
  const sw = await readFile(join(ROOT, 'dist/sw.js'), 'utf8');
  const notPrecached = sizes.app.mapData.files.filter((f) => !sw.includes(f));

  const targets = {
    app: { dist: join(ROOT, 'dist'), selector: '[data-testid="map"]', also: SITE_LIST },
    floor: { dist: floorDist, selector: '#map', also: undefined },
  };
  const servers = { app: await serve(targets.app.dist), floor: await serve(targets.floor.dist) };
  /** Both draw Thai labels: the app is opened in Thai, as its e2e test does. */
  const urls = { app: `${servers.app.url}${APP_QUERY}`, floor: servers.floor.url };
  const browser = await launchChromium();
  /** @type {{ app: number[], floor: number[] }} */
  const times = { app: [], floor: [] };
  /** @type {number[]} */
  const listTimes = [];
  /** @type {{ app: Set<string>, floor: Set<string> }} */
  const errors = { app: new Set(), floor: new Set() };
  try {
    for (let i = 0; i < WARMUPS + RUNS; i++) {
      for (const key of /** @type {const} */ (['app', 'floor'])) {
        const { ms, alsoMs, errors: errs } = await timeToIdle(browser, urls[key], targets[key].selector, { also: targets[key].also });
        errs.forEach((e) => errors[key].add(e));
        if (i >= WARMUPS) times[key].push(ms);
        if (i >= WARMUPS && alsoMs !== null) listTimes.push(alsoMs);
        const list = alsoMs === null ? '' : ` (site list ${alsoMs.toFixed(0)} ms)`;
        log(`bench: ${i < WARMUPS ? 'warm-up' : `run ${i - WARMUPS + 1}/${RUNS}`} ${key}: ${ms.toFixed(0)} ms${list}`);
      }
    }
  } finally {
    await browser.close();
    await servers.app.close();
    await servers.floor.close();
  }

  const idle = { app: median(times.app), floor: median(times.floor) };
  const jsDelta = sizes.app.initialJs.gzip - sizes.floor.initialJs.gzip;
  const timeRatio = idle.app / idle.floor;
  const report = {
    date: new Date().toISOString(),
    chromium: process.env.CHROME_PATH || '/usr/bin/chromium',
    viewport: { width: 1280, height: 800 },
    appQuery: APP_QUERY,
    floorDraws: FLOOR_DRAWS,
    runs: RUNS,
    warmups: WARMUPS,
    sizes,
    timeToIdleMs: { app: { median: idle.app, runs: times.app }, floor: { median: idle.floor, runs: times.floor } },
    appSiteListMs: { selector: SITE_LIST, median: median(listTimes), runs: listTimes },
    targets: {
      initialJsGzip: { budgetBytes: JS_BUDGET, deltaBytes: jsDelta, pass: jsDelta <= JS_BUDGET },
      timeToIdle: { maxRatio: TIME_RATIO, ratio: timeRatio, pass: timeRatio <= TIME_RATIO },
      offlineCopy: { files: sizes.app.mapData.files, notPrecached, pass: notPrecached.length === 0 },
    },
    errors: { app: [...errors.app], floor: [...errors.floor] },
  };
  await mkdir(join(BENCH, 'out'), { recursive: true });
  await writeFile(join(BENCH, 'out/startup.json'), `${JSON.stringify(report, null, 2)}\n`);
  print(report, log);
  return report;
}

/**
 * @param {any} r the report
 * @param {(msg: string) => void} log
 */
function print(r, log) {
  const { app, floor } = r.sizes;
  const row = (/** @type {string[]} */ cells) => cells.map((c, i) => (i ? c.padStart(14) : c.padEnd(22))).join(' ');
  const bytes = (/** @type {string} */ label, /** @type {number} */ a, /** @type {number} */ f) =>
    row([label, kib(a), kib(f), `${a >= f ? '+' : ''}${kib(a - f)}`]);
  const t = r.timeToIdleMs;
  const lines = [
    '',
    'Startup: app vs bare MapLibre floor (headless Chromium, SwiftShader, 1280×800, no cache)',
    `app opened with ${r.appQuery}; ${r.floorDraws}`,
    row(['', 'app', 'floor', 'delta']),
    bytes('initial JS raw', app.initialJs.raw, floor.initialJs.raw),
    bytes('initial JS gzip', app.initialJs.gzip, floor.initialJs.gzip),
    bytes('CSS raw', app.css.raw, floor.css.raw),
    bytes('CSS gzip', app.css.gzip, floor.css.gzip),
    bytes('worker gzip', app.worker.gzip, floor.worker.gzip),
    bytes('all JS gzip (no wkr)', app.allJs.gzip, floor.allJs.gzip),
    bytes('map data raw', app.mapData.raw, floor.mapData.raw),
    bytes('map data gzip', app.mapData.gzip, floor.mapData.gzip),
    `  map data: ${app.mapData.files.map((/** @type {string} */ f) => f.replace('assets/', '')).join(', ')} (the walking network is the street layer)`,
    row(['time to idle (median)', `${t.app.median.toFixed(0)} ms`, `${t.floor.median.toFixed(0)} ms`,
      `×${r.targets.timeToIdle.ratio.toFixed(2)} (${pct(r.targets.timeToIdle.ratio)})`]),
    `  runs app:   ${t.app.runs.map((/** @type {number} */ x) => x.toFixed(0)).join(', ')} ms`,
    `  runs floor: ${t.floor.runs.map((/** @type {number} */ x) => x.toFixed(0)).join(', ')} ms`,
    row(['app site list shown', `${r.appSiteListMs.median.toFixed(0)} ms`, '', '']),
    '',
    `${r.targets.initialJsGzip.pass ? 'PASS' : 'FAIL'}  initial JS gzip ≤ floor + 120 KiB: ` +
      `app − floor = ${kib(r.targets.initialJsGzip.deltaBytes)} (budget ${kib(JS_BUDGET)})`,
    `${r.targets.timeToIdle.pass ? 'PASS' : 'FAIL'}  time to idle ≤ ${TIME_RATIO} × floor: ` +
      `×${r.targets.timeToIdle.ratio.toFixed(2)} (${t.app.median.toFixed(0)} vs ≤ ${(t.floor.median * TIME_RATIO).toFixed(0)} ms)`,
  ];
  lines.push(
    `${r.targets.offlineCopy.pass ? 'PASS' : 'FAIL'}  offline copy complete: the service worker precaches all ${r.targets.offlineCopy.files.length} map data files` +
      (r.targets.offlineCopy.pass ? '' : ` (missing: ${r.targets.offlineCopy.notPrecached.join(', ')})`),
  );
  for (const key of ['app', 'floor']) {
    if (r.errors[key].length) lines.push(`note: ${key} page errors:`, ...r.errors[key].map((/** @type {string} */ e) => `  ${e}`));
  }
  lines.push('', 'written: bench/out/startup.json', '');
  log(lines.join('\n'));
}
