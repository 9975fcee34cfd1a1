/**
 * `node scripts/build-icons.mjs`: renders public/favicon.svg to the PNG app icons the web app
 * manifest needs (192 and 512 px, plus a maskable 512 with a safe-zone margin), with Chromium.
 * Run again only when the favicon changes; the PNGs are committed.
 */
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../bench/lib/chromium.mjs';

const svg = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const browser = await launchChromium();
const page = await browser.newPage();
for (const [file, size, margin] of [['icon-192.png', 192, 0], ['icon-512.png', 512, 0], ['icon-maskable-512.png', 512, 0.1]]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - 2 * margin));
  await page.setContent(
    `<body style="margin:0;background:#0b4f6c;display:grid;place-items:center;width:${size}px;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: new URL(`../public/${file}`, import.meta.url).pathname, omitBackground: false });
  console.log('wrote public/' + file);
}
await browser.close();
