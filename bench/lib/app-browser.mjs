/**
 * The built app served on localhost with a Chromium to open it: what the browser benchmarks share.
 */
import { join } from 'node:path';
import { ensureAppBuilt } from './build.mjs';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

/**
 * Builds the app if stale, serves dist/ and launches Chromium; `close` stops both.
 * @param {string} root the project folder
 * @param {(msg: string) => void} log
 */
export async function openBuiltApp(root, log) {
  await ensureAppBuilt(root, { log });
  const server = await serve(join(root, 'dist'));
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
