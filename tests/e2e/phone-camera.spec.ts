/**
 * On a phone the bottom sheet and the notices above it cover the map's lower part: every camera
 * move (the first view, a shared walk, a chosen site) keeps its target in the part left visible.
 * Pixels are read from a screenshot of the map's area, so what the sheet covers does not count.
 */
import { expect, test, type Page } from '@playwright/test';
import { CATEGORY_SYMBOLS } from '../../src/map/symbols';
import { CLUSTER_STYLE } from '../../src/map/marker-colours';
import { ROUTE_COLOUR } from '../../src/map/overlay-layers';
import { hexToRgb, openApp, skipWithoutChromium } from './app-driver';
import { PNG } from 'pngjs';

skipWithoutChromium();

const PHONE = { width: 390, height: 844 };

/** Pixels of a colour in the part of the map left visible (above the sheet and notices), in page coordinates. */
async function visiblePixels(page: Page, hex: string, tolerance = 30): Promise<{ x: number; y: number }[]> {
  const map = (await page.getByTestId('map').boundingBox())!;
  const box = { ...map, height: (await coveredFrom(page)) - map.y };
  const png = PNG.sync.read(await page.screenshot({ clip: box }));
  const rgb = hexToRgb(hex);
  const scale = png.width / box.width;
  const hits: { x: number; y: number }[] = [];
  for (let i = 0; i < png.data.length; i += 4) {
    const d = Math.abs(png.data[i]! - rgb[0]) + Math.abs(png.data[i + 1]! - rgb[1]) + Math.abs(png.data[i + 2]! - rgb[2]);
    if (d <= tolerance) hits.push({ x: box.x + ((i / 4) % png.width) / scale, y: box.y + Math.floor(i / 4 / png.width) / scale });
  }
  return hits;
}

/** The top of what covers the map from below: the sheet, or a notice above it. */
async function coveredFrom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tops = [...document.querySelectorAll<HTMLElement>('.panel, .toasts > *')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.height > 0)
      .map((r) => r.top);
    return Math.min(...tops);
  });
}

async function settled(page: Page) {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 90_000 });
  // The sheet's height animates (0.2 s); the map re-fits when it ends.
  await page.waitForFunction(() => document.getAnimations().length === 0, undefined, { timeout: 45_000 });
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 90_000 });
}

for (const lang of ['th', 'en'] as const) {
  test(`phone (${lang}): the first view shows the learning sites above the sheet`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openApp(page, `?lang=${lang}`);
    await settled(page);
    // Most sites lie in the city, between 18.77 and 18.80 N: their markers and clusters are drawn
    // above the sheet, not hidden under it.
    const markers = [...(await visiblePixels(page, CATEGORY_SYMBOLS.learning.fill)), ...(await visiblePixels(page, CLUSTER_STYLE.ink))];
    expect(markers.length).toBeGreaterThan(150);
    await page.screenshot({ path: `screens/phone-first-view-${lang}.png` });
  });

  test(`phone (${lang}): a shared walk is fitted whole into the part of the map left visible`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openApp(page, `?lang=${lang}&walk=markets-and-local-economy&site=nope`);
    // The route exists once the walking network has loaded (after the map's first idle).
    await expect(page.getByTestId('walk-summary')).toBeVisible();
    await settled(page);
    const edge = await coveredFrom(page);
    const route = await visiblePixels(page, ROUTE_COLOUR);
    expect(route.length).toBeGreaterThan(500);
    const lowest = Math.max(...route.map((p) => p.y));
    // The route ends above the sheet and the notice, not cut by them.
    expect(lowest).toBeLessThan(edge - 12);
    await page.screenshot({ path: `screens/phone-shared-walk-${lang}.png` });
  });
}

test('phone: choosing a site in the list centres it above the sheet', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openApp(page, '?lang=en');
  await settled(page);
  await page.locator('[data-site-id="wat-buppharam"]').click();
  await settled(page);
  const edge = await coveredFrom(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  const sites = await visiblePixels(page, CATEGORY_SYMBOLS.learning.fill);
  // The chosen site sits at the centre of the visible part, a marker within 40 px of it.
  const centre = { x: box.x + box.width / 2, y: (box.y + edge) / 2 };
  expect(sites.some((p) => Math.hypot(p.x - centre.x, p.y - centre.y) < 40)).toBe(true);
});

test('phone: tapping a cluster zooms to its sites above the sheet', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openApp(page, '?lang=en');
  await settled(page);
  const rings = await visiblePixels(page, CLUSTER_STYLE.ink, 20);
  expect(rings.length).toBeGreaterThan(0);
  // The biggest cluster: the ring pixels' densest spot.
  const at = rings.reduce((best, p) => {
    const n = rings.filter((q) => Math.hypot(q.x - p.x, q.y - p.y) < 18).length;
    return n > best.n ? { p, n } : best;
  }, { p: rings[0]!, n: 0 }).p;
  const near = rings.filter((q) => Math.hypot(q.x - at.x, q.y - at.y) < 18);
  const centre = { x: near.reduce((s, q) => s + q.x, 0) / near.length, y: near.reduce((s, q) => s + q.y, 0) / near.length };
  await page.mouse.click(centre.x, centre.y);
  await settled(page);
  const edge = await coveredFrom(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  const middle = { x: box.x + box.width / 2, y: (box.y + edge) / 2 };
  // Its sites now lie around the middle of the visible part, none hidden under the sheet.
  const markers = (await Promise.all(Object.values(CATEGORY_SYMBOLS).map((s) => visiblePixels(page, s.fill, 20)))).flat();
  expect(markers.filter((p) => Math.hypot(p.x - middle.x, p.y - middle.y) < 120).length).toBeGreaterThan(20);
});

test('phone: a dragged sheet settles on the nearest of the heights the style sheet gives', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openApp(page, '?lang=en');
  const handle = page.locator('.sheet-handle');
  const from = (await handle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 300, { steps: 8 });
  await page.mouse.up();
  await expect(page.locator('.panel')).toHaveAttribute('data-snap', 'full');
  await page.waitForFunction(() => document.getAnimations().length === 0, undefined, { timeout: 45_000 });
  const panel = (await page.locator('.panel').boundingBox())!;
  const layout = (await page.locator('.layout').boundingBox())!;
  expect(Math.abs(panel.height - (layout.height - 8))).toBeLessThan(2);
});
