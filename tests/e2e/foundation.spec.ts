import { expect, test } from '@playwright/test';
import { WATER_COLOURS } from '../../src/map/symbols';
import { countMapPixels, hexToRgb, openApp, skipWithoutChromium, watchConsole } from './app-driver';

skipWithoutChromium();

const SIZES = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } } as const;

for (const lang of ['th', 'en'] as const) {
  for (const [sizeName, viewport] of Object.entries(SIZES)) {
    test(`the map draws the canal in ${lang} at ${sizeName} width, without console errors`, async ({ page }) => {
      const errors = watchConsole(page);
      await page.setViewportSize(viewport);
      await openApp(page, `?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // The main stem's colour is really on the canvas (WebGL drew it), not just a <canvas> element.
      expect(await countMapPixels(page, hexToRgb(WATER_COLOURS.mainStem))).toBeGreaterThan(300);
      await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap contributors');
      await page.screenshot({ path: `screens/foundation-${lang}-${sizeName}.png` });
      expect(errors).toEqual([]);
    });
  }
}

test('switching language relabels the app and is remembered after a reload', async ({ page }) => {
  await openApp(page, '?lang=th');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('แผนที่การเรียนรู้คลองแม่ข่า');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mae Kha Learning Map');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mae Kha Learning Map');
});

test('the map’s own controls speak the app’s language: zoom buttons, scale units, attribution', async ({ page }) => {
  await openApp(page, '?lang=th');
  await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', 'ขยายแผนที่');
  await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAttribute('aria-label', 'ย่อแผนที่');
  await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/^\d+\s(ม\.|กม\.)$/);
  await expect(page.locator('.maplibregl-ctrl-attrib-button')).toHaveAttribute('aria-label', 'แสดงหรือซ่อนที่มาของแผนที่');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', 'Zoom in');
  await expect(page.locator('.maplibregl-ctrl-scale')).toHaveText(/^\d+\s(m|km)$/);
  // Still one of each control after the switch.
  await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveCount(1);
  await expect(page.locator('.maplibregl-ctrl-scale')).toHaveCount(1);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('OpenStreetMap contributors');
});

test('the online basemap failing to load leaves the offline map and says so once', async ({ page }) => {
  await page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
  await openApp(page, '?lang=en');
  await page.getByText('Settings').click();
  await page.getByLabel('Online street basemap (OpenStreetMap)').check();
  const notice = page.locator('[data-notice="basemap-failed"]');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('could not be loaded');
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  expect(await countMapPixels(page, hexToRgb(WATER_COLOURS.mainStem))).toBeGreaterThan(300);
});

test('choosing a site in the list opens its card with source and confidence', async ({ page }) => {
  await openApp(page, '?lang=en');
  await page.locator('[data-site-id^="mk06"]').click();
  const card = page.getByTestId('feature-card');
  await expect(card).toContainText('Source');
  // One public repository of field data gives the sampling bridges: a candidate, of medium confidence.
  await expect(card).toContainText('Medium confidence');
  await expect(card).toContainText('Candidate');
});
