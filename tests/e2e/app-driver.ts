/** Small driver helpers for the browser tests: what a person does, in one place. */
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { chromiumPath } from './browser';

export const skipWithoutChromium = () =>
  test.skip(!chromiumPath, 'No Chromium on this machine: install Debian\'s "chromium" or set CHROME_PATH');

/** Collects console errors and page errors for the whole test. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 90_000 });
}

/** The map canvas's pixels close to a colour, from a real screenshot, in canvas CSS pixels. */
async function mapPixelsNear(page: Page, rgb: [number, number, number], tolerance: number): Promise<[number, number][]> {
  const canvas = page.locator('.maplibregl-canvas');
  const shot = await canvas.screenshot();
  const png = PNG.sync.read(shot);
  const box = (await canvas.boundingBox())!;
  const scale = png.width / box.width;
  const hits: [number, number][] = [];
  for (let i = 0; i < png.data.length; i += 4) {
    const d =
      Math.abs(png.data[i]! - rgb[0]) + Math.abs(png.data[i + 1]! - rgb[1]) + Math.abs(png.data[i + 2]! - rgb[2]);
    if (d <= tolerance) hits.push([((i / 4) % png.width) / scale, Math.floor(i / 4 / png.width) / scale]);
  }
  return hits;
}

/** Counts map pixels close to a colour, from a real screenshot of the map canvas. */
export async function countMapPixels(page: Page, rgb: [number, number, number], tolerance = 40): Promise<number> {
  return (await mapPixelsNear(page, rgb, tolerance)).length;
}

/** The page position of the map pixel of that colour nearest the map's centre, or null. */
export async function findMapPixel(page: Page, rgb: [number, number, number], tolerance = 20): Promise<{ x: number; y: number } | null> {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const hits = await mapPixelsNear(page, rgb, tolerance);
  const cx = box.width / 2;
  const cy = box.height / 2;
  let best: [number, number] | null = null;
  for (const h of hits) {
    if (!best || Math.hypot(h[0] - cx, h[1] - cy) < Math.hypot(best[0] - cx, best[1] - cy)) best = h;
  }
  return best ? { x: box.x + best[0], y: box.y + best[1] } : null;
}

export const hexToRgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];
