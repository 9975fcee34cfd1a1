/**
 * The real ground in a real browser: the street map, the moat's water, the wall and the Ping drawn
 * offline at phone and desktop width in both languages; walks, refusals and "About the data" on
 * OpenStreetMap's streets; and a network file that cannot be loaded.
 */
import { expect, test, type Page } from '@playwright/test';
import { PREFS_KEY } from '../../src/store/persist';
import { MOAT_WATER_OPACITY, STREET_COLOURS } from '../../src/map/context-layers';
import { MAP_BACKGROUND, WATER_COLOURS } from '../../src/map/symbols';
import { countMapPixels, hexToRgb, openApp, skipWithoutChromium, watchConsole } from './app-driver';

skipWithoutChromium();

const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } } as const;

/** A colour drawn at `opacity` over the land colour, as it appears on the canvas. */
const over = (hex: string, opacity: number): [number, number, number] => {
  const [a, b] = [hexToRgb(hex), hexToRgb(MAP_BACKGROUND)];
  return [0, 1, 2].map((i) => Math.round(a[i]! * opacity + b[i]! * (1 - opacity))) as [number, number, number];
};

/** White pixels of the map canvas: the streets, and what both views below share (the canal's casing, halos). */
const white = (page: Page) => countMapPixels(page, [255, 255, 255], 6);

for (const lang of ['th', 'en'] as const) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`the offline street map shows the streets, the moat's water and the wall (${lang}, ${size})`, async ({ page }) => {
      const errors = watchConsole(page);
      await page.setViewportSize(viewport);
      // Jaeng Si Phum: the moat's corner, the wall's bastion, streets and the canal in one view.
      const view = `?lang=${lang}&site=jaeng-si-phum`;
      await openApp(page, view);
      expect(await countMapPixels(page, over(WATER_COLOURS.moat, MOAT_WATER_OPACITY), 12)).toBeGreaterThan(200);
      expect(await countMapPixels(page, over(STREET_COLOURS.wall, 0.9), 12)).toBeGreaterThan(20);
      const withStreets = await white(page);
      await page.screenshot({ path: `screens/ground-${lang}-${size}.png` });
      expect(errors).toEqual([]);
      // The same view with the online basemap chosen and unreachable: the offline streets step
      // aside for it, so what the streets drew is the difference.
      await page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
      await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 1, locale: document.documentElement.lang, basemap: 'osm' })), PREFS_KEY);
      await openApp(page, view);
      const withoutStreets = await white(page);
      console.log(`white: ${withStreets} with the street map, ${withoutStreets} without`);
      expect(withStreets - withoutStreets).toBeGreaterThan(6000);
    });
  }
}

test('the Ping is drawn on its real course beside the city (en, desktop)', async ({ page }) => {
  await page.setViewportSize(SIZES.desktop);
  await openApp(page, '?lang=en');
  expect(await countMapPixels(page, over(WATER_COLOURS.river, 0.7), 12)).toBeGreaterThan(1000);
  await page.screenshot({ path: 'screens/ground-en-overview.png' });
});

test('a walk on real ground: directions name the moat side and the canal crossing; shade is offered but disabled', async ({ page }) => {
  await openApp(page, '?lang=th&walk=markets-and-local-economy');
  const legs = page.locator('.walk-legs');
  await expect(page.getByTestId('walk-summary')).toContainText('กม.');
  await page.evaluate(() => document.querySelectorAll('.walk-leg details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expect(legs).toContainText('เลียบคูเมืองด้านใน');
  await expect(legs).toContainText('ข้ามคลองแม่ข่า');
  await expect(page.locator('.walk-options select').first().locator('option[value="shade"]')).toBeDisabled();
});

test('“About the data” gives the network’s length by source and the step-free rule', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.getByRole('button', { name: 'About the data' }).click();
  const sources = page.getByTestId('network-sources');
  await expect(sources).toContainText(/Streets from OpenStreetMap: \d{3}(\.\d)? km/);
  await expect(sources).toContainText('Canal walkway, phase 1');
  await expect(page.getByRole('dialog')).toContainText('Step-free rule');
  await expect(page.getByTestId('coverage-figure')).toContainText(/\d+(\.\d)?% of the Mae Kha main stem \(\d(\.\d)? km of 14\.2 km\)/);
});

test('a network file that cannot be loaded is named in Thai with a retry; the map and the stops stay', async ({ page }) => {
  await page.route('**/network-*.geojson', (route) => route.fulfill({ status: 503, body: 'down' }));
  await openApp(page, '?lang=th&walk=old-city-and-the-moat');
  const failed = page.getByTestId('network-failed');
  await expect(failed).toContainText('ดาวน์โหลดเครือข่ายทางเดินไม่ได้');
  await expect(page.locator('.walk-stops__item')).toHaveCount(6);
  await page.unroute('**/network-*.geojson');
  await failed.getByRole('button', { name: 'ลองอีกครั้ง' }).click();
  await expect(page.getByTestId('walk-summary')).toContainText('กม.');
});
