/**
 * Lighthouse (its default mobile preset: a Moto G Power screen, simulated slow 4G and 4× CPU
 * slowdown) against the built app and the bare MapLibre floor page, in the same run and the same
 * Chromium. Targets (issue 13): the app's performance score within 5 points of the floor's, and its
 * total blocking time at most 1.2 × the floor's. Runs alternate app and floor, so a busy machine
 * weighs on both; the medians are compared.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { buildFloor, ensureAppBuilt } from './lib/build.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium-setup.mjs';
import { serve } from './lib/serve.mjs';
import { median } from './lib/median.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const SCORE_POINTS = 5;
const TBT_RATIO = 1.2;
/** Opened in Thai, as the start-up bench does; the floor draws the same Thai labels. */
const APP_QUERY = '?lang=th';

export const name = 'lighthouse';

/**
 * One Lighthouse performance run.
 * @param {string} url
 * @param {number} port the DevTools port of a Chromium started by chrome-launcher
 */
async function audit(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = lhr.categories.performance?.score;
  const metric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    score: score === null || score === undefined ? NaN : Math.round(score * 100),
    tbtMs: metric('total-blocking-time'),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tti: metric('interactive'),
    warnings: lhr.runWarnings,
  };
}

/**
 * @param {{ log?: (msg: string) => void }} [options]
 * @returns {Promise<object>} the report also written to bench/out/lighthouse.json
 */
export async function run({ log = console.log } = {}) {
  if (!chromiumPath) throw new Error('no Chromium found (set CHROME_PATH)');
  await ensureAppBuilt(ROOT, { log });
  const floorDist = await buildFloor(BENCH);
  const servers = { app: await serve(join(ROOT, 'dist')), floor: await serve(floorDist) };
  const urls = { app: `${servers.app.url}${APP_QUERY}`, floor: servers.floor.url };
  /** @type {{ app: Awaited<ReturnType<typeof audit>>[], floor: Awaited<ReturnType<typeof audit>>[] }} */
  const runs = { app: [], floor: [] };
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const key of /** @type {const} */ (['app', 'floor'])) {
        const r = await audit(urls[key], chrome.port);
        runs[key].push(r);
        log(`bench: lighthouse run ${i + 1}/${RUNS} ${key}: score ${r.score}, TBT ${r.tbtMs.toFixed(0)} ms, LCP ${(r.lcpMs / 1000).toFixed(1)} s`);
      }
    }
  } finally {
    await chrome.kill();
    await servers.app.close();
    await servers.floor.close();
  }
  const sum = (/** @type {'app' | 'floor'} */ key) => ({
    score: median(runs[key].map((r) => r.score)),
    tbtMs: median(runs[key].map((r) => r.tbtMs)),
    fcpMs: median(runs[key].map((r) => r.fcpMs)),
    lcpMs: median(runs[key].map((r) => r.lcpMs)),
  });
  const app = sum('app');
  const floor = sum('floor');
  // A floor with no blocking at all would make any ratio infinite: 50 ms is Lighthouse's own unit
  // of blocking (the part of a task over 50 ms), so the ratio is taken against at least that.
  const tbtRatio = app.tbtMs / Math.max(floor.tbtMs, 50);
  const report = {
    date: new Date().toISOString(),
    preset: 'Lighthouse default (mobile: simulated slow 4G, 4× CPU slowdown)',
    runs: RUNS,
    app: { ...app, url: APP_QUERY, runs: runs.app },
    floor: { ...floor, runs: runs.floor },
    targets: {
      score: { maxPointsBelowFloor: SCORE_POINTS, pointsBelow: floor.score - app.score, pass: floor.score - app.score <= SCORE_POINTS },
      totalBlockingTime: { maxRatio: TBT_RATIO, ratio: tbtRatio, pass: tbtRatio <= TBT_RATIO },
    },
  };
  await mkdir(join(BENCH, 'out'), { recursive: true });
  await writeFile(join(BENCH, 'out/lighthouse.json'), `${JSON.stringify(report, null, 2)}\n`);
  const pass = (/** @type {boolean} */ ok) => (ok ? 'PASS' : 'FAIL');
  const t = report.targets;
  log(
    [
      '',
      `Lighthouse, mobile preset, median of ${RUNS} alternating runs: app vs bare MapLibre floor`,
      `  performance score   app ${app.score}   floor ${floor.score}   ${t.score.pointsBelow} points below (≤ ${SCORE_POINTS}): ${pass(t.score.pass)}`,
      `  total blocking time app ${app.tbtMs.toFixed(0)} ms   floor ${floor.tbtMs.toFixed(0)} ms   ×${tbtRatio.toFixed(2)} (≤ ${TBT_RATIO}): ${pass(t.totalBlockingTime.pass)}`,
      `  largest paint       app ${(app.lcpMs / 1000).toFixed(1)} s   floor ${(floor.lcpMs / 1000).toFixed(1)} s`,
      '',
    ].join('\n'),
  );
  return report;
}
