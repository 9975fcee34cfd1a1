/**
 * Byte sizes of a built Vite app: what index.html loads up front, and the MapLibre worker.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * @typedef {{ raw: number, gzip: number, files: string[] }} Size
 * @typedef {{ initialJs: Size, css: Size, worker: Size, allJs: Size, mapData: Size }} BundleSizes
 */

/**
 * Raw and gzip (level 9) bytes of some files, summed.
 * @param {string} dir
 * @param {string[]} files paths relative to dir
 * @returns {Promise<Size>}
 */
async function measure(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = await readFile(join(dir, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

/**
 * Local URLs of `<tag ...attr="...">` in html whose tag text matches `test`.
 * @param {string} html
 * @param {RegExp} tag e.g. /<script\b[^>]*>/gi
 * @param {string} attr
 * @param {RegExp} test
 */
function refs(html, tag, attr, test) {
  return [...html.matchAll(tag)]
    .map((m) => m[0])
    .filter((t) => test.test(t))
    .map((t) => new RegExp(`\\s${attr}=["']([^"']+)["']`, 'i').exec(t)?.[1])
    .filter((u) => u !== undefined && !/^(https?:)?\/\//.test(u))
    .map((u) => /** @type {string} */ (u).replace(/^\.?\//, '').split(/[?#]/)[0]);
}

/**
 * @param {string} dist a Vite output folder with index.html and assets/
 * @returns {Promise<BundleSizes>}
 */
export async function bundleSizes(dist) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const js = [
    ...refs(html, /<script\b[^>]*>/gi, 'src', /type=["']module["']/i),
    ...refs(html, /<link\b[^>]*>/gi, 'href', /rel=["']modulepreload["']/i),
  ];
  const css = refs(html, /<link\b[^>]*>/gi, 'href', /rel=["']stylesheet["']/i);
  if (js.length === 0) throw new Error(`${dist}/index.html references no module script`);
  const assets = await readdir(join(dist, 'assets'));
  const worker = assets.filter((f) => /^maplibre-gl-worker.*\.m?js$/.test(f)).map((f) => `assets/${f}`);
  if (worker.length !== 1) throw new Error(`${dist}/assets: expected one maplibre-gl-worker*.mjs, found ${worker.length}`);
  const allJs = assets.filter((f) => /\.m?js$/.test(f)).map((f) => `assets/${f}`).filter((f) => f !== worker[0]);
  return {
    initialJs: await measure(dist, [...new Set(js)]),
    css: await measure(dist, [...new Set(css)]),
    worker: await measure(dist, worker),
    allJs: await measure(dist, allJs),
    // The data files fetched by URL: the walking network (drawn as the streets), the old city, places.
    mapData: await measure(dist, assets.filter((f) => f.endsWith('.geojson')).map((f) => `assets/${f}`)),
  };
}
