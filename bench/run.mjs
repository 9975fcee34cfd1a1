/**
 * `npm run bench`: runs every benchmark in bench/ (each module exports `name` and `run()`).
 * Exit code 0 when the measurements ran (even if a target fails), 1 when a measurement failed.
 */
import * as routing from './routing.mjs';
import * as startup from './startup.mjs';

/** @type {{ name: string, run: () => Promise<unknown> }[]} */
const BENCHES = [startup, await import('./interaction.mjs'), await import('./main-thread.mjs'), routing, await import('./coverage.mjs'), await import('./import.mjs'), await import('./lighthouse.mjs')];

let failed = false;
for (const bench of BENCHES) {
  try {
    await bench.run();
  } catch (err) {
    failed = true;
    console.error(`bench ${bench.name} failed:`, err instanceof Error ? err.stack ?? err.message : err);
  }
}
process.exit(failed ? 1 : 0);
