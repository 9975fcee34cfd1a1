import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_CANDIDATES, chromiumPath } from './tests/e2e/browser';

if (!chromiumPath) {
  const message =
    `No Chromium found (looked at: ${CHROMIUM_CANDIDATES.join(', ')}). ` +
    'Install Debian\'s "chromium" package (bash .ci/run does) or set CHROME_PATH.';
  if (process.env.CI === 'true') throw new Error(`Browser tests cannot run under CI=true: ${message}`);
  console.warn(`\n[browser tests] SKIPPED: ${message}\n`);
}

const PORT = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // Budgets for a shared 2-core machine under load, set here rather than defaulted. On an idle
  // machine the slowest test takes about 55 s and an assertion's wait a few seconds; with two other
  // CPU-heavy jobs running, both stretch 2–3 times. A budget bounds a hung test, not a slow one.
  timeout: 240_000,
  expect: { timeout: 45_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS },
    headless: true,
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    // Set, not defaulted (Playwright's is none: an action would wait out the whole test).
    actionTimeout: 60_000,
    navigationTimeout: 90_000,
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
