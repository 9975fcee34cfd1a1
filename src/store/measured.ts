/**
 * Main-thread work the benchmark watches: routing and coverage must never hold the page for more
 * than 50 ms. Each such call is recorded as a User Timing measure (`routing:…`), which
 * `npm run bench` reads and DevTools' performance panel shows by name.
 */

/**
 * Runs `work` and records how long it took under `name`.
 * @example const network = measured('routing:network', () => siteNetwork(lines, sites));
 */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
