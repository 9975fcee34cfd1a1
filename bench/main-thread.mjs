/**
 * Main-thread benchmark: routing and coverage must never hold the page for more than 50 ms. The
 * built app is opened (Thai, 1280×800, no CPU slowdown) on four flows that route: a curated walk
 * from its link, the same walk switched to step-free, a field trip proposed from the default brief,
 * and the Research tab's coverage. The app records each routing call on the main thread as a User
 * Timing measure (`routing:…`, src/store/measured.ts); this prints the longest of each, over fresh
 * pages, with the longest task the browser saw (anything: rendering, the map, parsing) for context.
 * Coverage runs in a module worker, so it shows no measure here by design.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBuiltApp } from './lib/app-browser.mjs';
import { recordLongTasks, takeLongestTask } from './lib/long-tasks.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(BENCH);
const RUNS = 3;
const TARGET_MS = 50;

export const name = 'main-thread';

/** @typedef {import('@playwright/test').Page} Page */
/** @type {{ name: string, path: string, act: (page: Page) => Promise<void> }[]} */
const FLOWS = [
  {
    name: 'curated walk from its link',
    path: '?lang=th&walk=restored-promenade',
    act: async (page) => void (await page.waitForSelector('[data-testid="walk-summary"]', { timeout: 60_000 })),
  },
  {
    name: 'the walk switched to step-free',
    path: '?lang=th&walk=water-and-environment',
    act: async (page) => {
      await page.waitForSelector('[data-testid="walk-summary"]', { timeout: 60_000 });
      await page.evaluate(() => performance.clearMeasures());
      await page.locator('.walk-options select').first().selectOption('step-free');
      await page.waitForTimeout(500);
    },
  },
  {
    name: 'field trip proposed',
    path: '?lang=th&panel=trip',
    act: async (page) => {
      await page.waitForSelector('[data-testid="trip-panel"]', { timeout: 60_000 });
      await page.waitForFunction(() => performance.getEntriesByName('routing:network').length > 0, undefined, { timeout: 60_000 });
      await page.locator('.trip-propose .btn--primary').click();
      await page.waitForSelector('.trip-stops li', { timeout: 60_000 });
    },
  },
  {
    name: 'research coverage',
    path: '?lang=th&panel=research',
    act: async (page) => void (await page.waitForSelector('[data-testid="coverage-table"]', { timeout: 60_000 })),
  },
];

/**
 * One flow in a fresh page: the routing measures by name (longest of each) and the longest task.
 * @param {import('@playwright/test').Browser} browser
 */
async function flowOnce(browser, /** @type {string} */ url, /** @type {(typeof FLOWS)[number]} */ flow) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await recordLongTasks(page);
    await page.goto(`${url}${flow.path}`);
    await flow.act(page);
    await page.waitForTimeout(1000);
    const measures = await page.evaluate(() => {
      /** @type {Record<string, number>} */
      const measures = {};
      for (const m of performance.getEntriesByType('measure')) {
        if (m.name.startsWith('routing:')) measures[m.name] = Math.max(measures[m.name] ?? 0, m.duration);
      }
      return measures;
    });
    return { measures, longestTask: await takeLongestTask(page) };
  } finally {
    await context.close();
  }
}

/**
 * @param {{ log?: (msg: string) => void }} [options]
 * @returns {Promise<object>} the report, also written to bench/out/main-thread.json
 */
export async function run({ log = console.log } = {}) {
  const app = await openBuiltApp(ROOT, log);
  const { browser } = app;
  /** @type {{ flow: string, measures: Record<string, number>, longestTask: number }[]} */
  const rows = [];
  try {
    for (const flow of FLOWS) {
      /** @type {Record<string, number>} */
      const worst = {};
      let longestTask = 0;
      for (let i = 0; i < RUNS; i++) {
        const r = await flowOnce(browser, app.url, flow);
        for (const [k, v] of Object.entries(r.measures)) worst[k] = Math.max(worst[k] ?? 0, v);
        longestTask = Math.max(longestTask, r.longestTask);
      }
      rows.push({ flow: flow.name, measures: worst, longestTask });
      log(`bench: ${flow.name}: ${Object.entries(worst).map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(', ') || 'no routing on the main thread'}`);
    }
  } finally {
    await app.close();
  }
  const worst = Math.max(0, ...rows.flatMap((r) => Object.values(r.measures)));
  const report = { date: new Date().toISOString(), runs: RUNS, rows, target: { maxMs: TARGET_MS, worstMs: worst, pass: worst <= TARGET_MS } };
  await mkdir(join(BENCH, 'out'), { recursive: true });
  await writeFile(join(BENCH, 'out/main-thread.json'), `${JSON.stringify(report, null, 2)}\n`);
  log(
    [
      '',
      `Routing and coverage on the main thread (headless Chromium, 1280×800, Thai, no slowdown), longest of ${RUNS} fresh pages`,
      ...rows.flatMap((r) => [
        `${r.flow}: longest task ${r.longestTask.toFixed(0)} ms (any cause)`,
        ...Object.entries(r.measures).map(([k, v]) => `  ${k.padEnd(24)}${`${v.toFixed(1)} ms`.padStart(10)}`),
      ]),
      '',
      `${report.target.pass ? 'PASS' : 'FAIL'}  no routing call holds the main thread over ${TARGET_MS} ms: longest ${worst.toFixed(1)} ms (coverage runs in a worker)`,
      '',
      'written: bench/out/main-thread.json',
      '',
    ].join('\n'),
  );
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
