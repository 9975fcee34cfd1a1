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
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
}

/** Counts map pixels close to a colour, from a real screenshot of the map canvas. */
export async function countMapPixels(page: Page, rgb: [number, number, number], tolerance = 40): Promise<number> {
  const shot = await page.locator('.maplibregl-canvas').screenshot();
  const png = PNG.sync.read(shot);
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d =
      Math.abs(png.data[i]! - rgb[0]) + Math.abs(png.data[i + 1]! - rgb[1]) + Math.abs(png.data[i + 2]! - rgb[2]);
    if (d <= tolerance) n++;
  }
  return n;
}

export const hexToRgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16),
  parseInt(hex.slice(3, 5), 16),
  parseInt(hex.slice(5, 7), 16),
];
