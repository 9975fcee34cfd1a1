/**
 * Builds the app (when stale) and the floor page, both with Vite.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { build } from 'vite';

/**
 * Newest mtime (ms) of a file or anything under a folder; 0 if missing.
 * @param {string} path
 * @returns {Promise<number>}
 */
async function newest(path) {
  const s = await stat(path).catch(() => null);
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const entry of await readdir(path)) max = Math.max(max, await newest(join(path, entry)));
  return max;
}

/**
 * Runs `npx vite build` in root; resolves with its exit code and combined output.
 * @param {string} root
 * @returns {Promise<{ code: number, output: string }>}
 */
function viteBuild(root) {
  return new Promise((ok, fail) => {
    const child = spawn('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', fail);
    child.on('close', (code) => ok({ code: code ?? 1, output }));
  });
}

/**
 * Builds root/dist with `npx vite build` unless it is newer than the sources. While
 * data/sites.geojson is missing (someone may still be writing it), waits and retries.
 * @param {string} root the project folder
 * @param {{ log?: (msg: string) => void, waitMs?: number, retryMs?: number }} [options]
 * @returns {Promise<boolean>} whether a build ran
 */
export async function ensureAppBuilt(root, { log = console.log, waitMs = 15 * 60_000, retryMs = 15_000 } = {}) {
  const built = existsSync(join(root, 'dist/index.html')) ? await newest(join(root, 'dist')) : 0;
  const inputs = ['src', 'data', 'public', 'index.html', 'vite.config.ts', 'package.json'];
  const sources = Math.max(...(await Promise.all(inputs.map((p) => newest(join(root, p))))));
  if (built > sources) return false;
  const deadline = Date.now() + waitMs;
  for (;;) {
    log('bench: building the app (npx vite build)…');
    const { code, output } = await viteBuild(root);
    if (code === 0) return true;
    const dataMissing = !existsSync(join(root, 'data/sites.geojson')) || /sites\.geojson/.test(output);
    if (!dataMissing || Date.now() > deadline) throw new Error(`vite build failed (exit ${code}):\n${output.slice(-3000)}`);
    log(`bench: data/sites.geojson not ready; retrying in ${retryMs / 1000} s`);
    await sleep(retryMs);
  }
}

/** Lets `.geojson` be imported as a JSON module, as the app's vite.config.ts does. */
const geojson = {
  name: 'bench-geojson',
  /** @param {string} code @param {string} id */
  transform(code, id) {
    if (!id.endsWith('.geojson')) return null;
    return { code: `export default JSON.parse(${JSON.stringify(code)});`, map: null };
  },
};

/**
 * Builds the floor page (bench/floor) into bench/out/floor-dist.
 * @param {string} benchDir absolute path of bench/
 * @returns {Promise<string>} the output folder
 */
export async function buildFloor(benchDir) {
  const outDir = join(benchDir, 'out/floor-dist');
  await build({
    configFile: false,
    root: join(benchDir, 'floor'),
    base: './',
    logLevel: 'silent',
    plugins: [geojson],
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  });
  return outDir;
}
