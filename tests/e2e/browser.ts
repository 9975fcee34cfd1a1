/**
 * Which Chromium the browser tests and benchmarks drive: `CHROME_PATH`, else Debian's package.
 * Playwright's own browser download is not used (it cannot be fetched here).
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => Boolean(p),
);

export const chromiumPath: string | undefined = CHROMIUM_CANDIDATES.find((p) => existsSync(p));

/** WebGL through SwiftShader: software rendering that works on machines without a GPU. */
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
