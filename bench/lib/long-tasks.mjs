/**
 * The page's long tasks (over 50 ms, any cause), as the browser's Long Tasks API reports them: what
 * the main-thread benchmarks read.
 */

/** @typedef {import('@playwright/test').Page} Page */

/** Records every long task of the page from its first script on; call before `goto`. */
export async function recordLongTasks(/** @type {Page} */ page) {
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__tasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * The longest task recorded since the page opened or since the last call (0: none), and forgets them.
 * @returns {Promise<number>} milliseconds
 */
export function takeLongestTask(/** @type {Page} */ page) {
  return page.evaluate(() => {
    const w = /** @type {any} */ (window);
    const worst = Math.max(0, ...w.__tasks);
    w.__tasks = [];
    return worst;
  });
}
