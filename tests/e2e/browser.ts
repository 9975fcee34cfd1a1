/** Which Chromium the browser tests drive, and its flags: the same as the benchmarks' (one definition). */
export { CHROMIUM_ARGS, CHROMIUM_CANDIDATES, chromiumPath } from '../../bench/lib/chromium-setup.mjs';
