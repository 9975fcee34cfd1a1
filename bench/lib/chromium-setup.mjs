/**
 * Which Chromium the browser tests and the benchmarks drive, and how: `CHROME_PATH`, else Debian's
 * package (Playwright's own browser download is not used; it cannot be fetched here), with WebGL
 * through SwiftShader so it works on machines without a GPU. Shared by playwright.config.ts (via
 * tests/e2e/browser.ts) and bench/lib/chromium.mjs, so tests and benchmarks run the same browser.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p) => Boolean(p),
);

export const chromiumPath = CHROMIUM_CANDIDATES.find((p) => existsSync(p));

export const CHROMIUM_ARGS = [
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];
