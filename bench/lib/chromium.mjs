/**
 * Headless Chromium (Debian's, via playwright-core) and one "navigation to map idle" measurement.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-setup.mjs';


/** @returns {Promise<import('@playwright/test').Browser>} */
export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * @typedef {object} IdleRun
 * @property {number} ms performance.now() in the page when the map container turned idle
 * @property {number | null} alsoMs performance.now() when `also` (if given) first matched, else null
 * @property {string[]} errors console errors, page errors and failed requests seen during the run
 */

/**
 * Opens `url` in a fresh context (empty cache) and waits until `selector` has data-map-state="idle".
 * A MutationObserver installed before any page script records performance.now() at the moment the
 * attribute changes, so the time does not depend on the polling interval. `also` (a selector) is
 * timed the same way, until it first matches; the run waits for both.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {string} selector
 * @param {{ also?: string, timeout?: number }} [options]
 * @returns {Promise<IdleRun>}
 */
export async function timeToIdle(browser, url, selector, { also, timeout = 60_000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  /** @type {string[]} */
  const errors = [];
  try {
    await context.addInitScript(([sel, alsoSel]) => {
      const w = /** @type {any} */ (window);
      const check = () => {
        const el = /** @type {HTMLElement | null} */ (document.querySelector(sel));
        if (w.__benchIdleAt === undefined && el?.dataset.mapState === 'idle') w.__benchIdleAt = performance.now();
        if (alsoSel && w.__benchAlsoAt === undefined && document.querySelector(alsoSel)) w.__benchAlsoAt = performance.now();
      };
      new MutationObserver(check).observe(document, {
        subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'],
      });
    }, [selector, also ?? '']);
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`http ${r.status()}: ${r.url()}`); });
    page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    await page.goto(url, { waitUntil: 'commit', timeout });
    const handle = await page.waitForFunction(([sel, alsoSel]) => {
      const w = /** @type {any} */ (window);
      const el = /** @type {HTMLElement | null} */ (document.querySelector(sel));
      if (el?.dataset.mapState !== 'idle') return false;
      if (alsoSel && !document.querySelector(alsoSel)) return false;
      return [w.__benchIdleAt ?? performance.now(), alsoSel ? (w.__benchAlsoAt ?? performance.now()) : null];
    }, [selector, also ?? ''], { timeout });
    const [ms, alsoMs] = /** @type {[number, number | null]} */ (await handle.jsonValue());
    return { ms, alsoMs, errors };
  } finally {
    await context.close();
  }
}
