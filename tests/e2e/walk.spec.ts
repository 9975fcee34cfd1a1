import AxeBuilder from '@axe-core/playwright';
import { DOMParser } from '@xmldom/xmldom';
import { gpx as gpxToGeoJSON } from '@tmcw/togeojson';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { ROUTE_COLOUR } from '../../src/map/overlay-layers';
import { countMapPixels, hexToRgb, openApp, skipWithoutChromium, watchConsole } from './app-driver';

skipWithoutChromium();

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

async function addStop(page: Page, query: string, option: RegExp) {
  const box = page.getByRole('combobox', { name: /Add a stop|เพิ่มจุดแวะ/ });
  await box.fill(query);
  await page.getByRole('option', { name: option }).first().click();
}

test('a curated walk from a link: route on the map, Thai distance, time and directions', async ({ page }) => {
  const errors = watchConsole(page);
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=th&walk=markets-and-local-economy');
  await expect(page.getByRole('tab', { name: /^เส้นทางเดิน/ })).toHaveAttribute('aria-selected', 'true');
  const summary = page.getByTestId('walk-summary');
  await expect(summary).toContainText(/\d(\.\d)? กม\. · \d+ นาที/);
  await expect(page.locator('.walk-leg')).toHaveCount(6);
  await page.locator('.walk-leg summary').first().click();
  const steps = page.locator('.walk-leg').first().locator('.directions li');
  await expect(steps.first()).toContainText('เริ่มต้นที่ตลาดสมเพชร');
  await expect(steps.last()).toContainText('ถึง');
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  expect(await countMapPixels(page, hexToRgb(ROUTE_COLOUR), 30)).toBeGreaterThan(500);
  await page.screenshot({ path: 'screens/walk-th-desktop.png' });
  expect(errors).toEqual([]);
});

test('plan a walk of one’s own, optimise it, export GPX and GeoJSON, and reopen the link in a fresh browser', async ({ page, browser }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=en');
  await page.getByRole('tab', { name: 'Walk' }).click();
  await addStop(page, 'warorot', /Warorot/);
  await addStop(page, 'wat hua fai', /Wat Hua Fai/);
  await addStop(page, 'ragang', /Rakaeng \(Ragang\) bridge/);
  await addStop(page, 'night bazaar', /^Night Bazaar/);
  await expect(page.locator('.walk-stops__item')).toHaveCount(4);
  const summary = page.getByTestId('walk-summary');
  await expect(summary).toContainText(/km · /);
  const kept = await summary.textContent();
  await page.getByLabel('Shortest order (the first stop stays first)').check();
  await expect(page).toHaveURL(/stops=warorot-market,wat-hua-fai,rakaeng-bridge,night-bazaar&order=optimise/);
  await expect(summary).not.toHaveText(kept!);
  // The optimised walk is never longer than the order as listed.
  const km = (s: string) => Number(/([\d.]+) (km|m)\b/.exec(s)![1]) * (/ km/.test(s) ? 1000 : 1);
  expect(km((await summary.textContent())!)).toBeLessThanOrEqual(km(kept!));

  const [gpxFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download GPX' }).click()]);
  expect(gpxFile.suggestedFilename()).toBe('mae-kha-walk-custom.gpx');
  const gpxText = await readFile((await gpxFile.path())!, 'utf8');
  const parsed = gpxToGeoJSON(new DOMParser().parseFromString(gpxText, 'text/xml') as unknown as Document);
  const track = parsed.features.find((f) => f.geometry?.type === 'LineString');
  const waypoints = parsed.features.filter((f) => f.geometry?.type === 'Point');
  expect(waypoints.map((w) => w.properties?.name)).toHaveLength(4);
  expect(waypoints[0]!.properties?.name).toBe('1. Warorot Market (Kad Luang)');
  expect((track!.geometry as { coordinates: number[][] }).coordinates.length).toBeGreaterThan(10);

  const [geoFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download GeoJSON' }).click()]);
  const fc = JSON.parse(await readFile((await geoFile.path())!, 'utf8'));
  expect(fc.type).toBe('FeatureCollection');
  expect(fc.features.filter((f: { geometry: { type: string } }) => f.geometry.type === 'LineString')).toHaveLength(3);

  const link = page.url();
  const fresh = await browser.newContext({ viewport: DESKTOP });
  const again = await fresh.newPage();
  await again.goto(link);
  await expect(again.getByTestId('walk-summary')).toHaveText((await summary.textContent())!);
  await expect(again.getByLabel('Shortest order (the first stop stays first)')).toBeChecked();
  await fresh.close();
});

test('phone: add stops from site cards, reorder with the keyboard, and see the route', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openApp(page, '?lang=th&site=wat-hua-fai');
  await page.getByRole('button', { name: 'เพิ่มในเส้นทางเดิน' }).click();
  await expect(page.getByText('เป็นจุดแวะที่ 1 ในเส้นทางของคุณ')).toBeVisible();
  await page.locator('[data-site-id="pumping-station-6-kat-kom"]').click();
  await page.getByRole('button', { name: 'เพิ่มในเส้นทางเดิน' }).click();
  await page.getByRole('button', { name: 'เปิดเส้นทางเดิน' }).click();
  await expect(page.locator('.walk-stops__item')).toHaveCount(2);
  await page.getByRole('button', { name: 'เลื่อนสถานีสูบน้ำเสียที่ 6 และกาดก้อมขึ้น' }).press('Enter');
  await expect(page.locator('.walk-stops__item').first()).toHaveAttribute('data-stop-id', 'pumping-station-6-kat-kom');
  await expect(page.getByTestId('walk-summary')).toContainText(/(ม\.|กม\.) · \d+ นาที/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: 'screens/walk-th-phone.png' });
});

test('a walk that returns to its start exports GPX and GeoJSON and says so; its return leg is named', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=en&stops=warorot-market,wat-hua-fai,rakaeng-bridge&loop=1');
  const legs = page.locator('.walk-leg summary .walk-leg__title');
  await expect(legs).toHaveCount(3);
  await expect(legs.last()).toHaveText('Rakaeng (Ragang) bridge → Warorot Market (Kad Luang)');
  const said = page.locator('.walk-export__said');
  const [gpxFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download GPX' }).click()]);
  await expect(said).toHaveText('Saved mae-kha-walk-custom.gpx (look in your downloads).');
  const parsed = gpxToGeoJSON(new DOMParser().parseFromString(await readFile((await gpxFile.path())!, 'utf8'), 'text/xml') as unknown as Document);
  expect(parsed.features.filter((f) => f.geometry?.type === 'Point').map((w) => w.properties?.name)).toEqual([
    '1. Warorot Market (Kad Luang)',
    '2. Wat Hua Fai',
    '3. Rakaeng (Ragang) bridge',
  ]);
  const track = parsed.features.find((f) => f.geometry?.type === 'LineString')!.geometry as { coordinates: number[][] };
  // The track ends where it began: the return leg is in it.
  expect(track.coordinates.at(-1)!.slice(0, 2)).toEqual(track.coordinates[0]!.slice(0, 2));
  const [geoFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download GeoJSON' }).click()]);
  await expect(said).toHaveText('Saved mae-kha-walk-custom.geojson (look in your downloads).');
  const fc = JSON.parse(await readFile((await geoFile.path())!, 'utf8'));
  expect(fc.features.filter((f: { properties: { kind: string } }) => f.properties.kind === 'leg').map((f: { properties: { to: string } }) => f.properties.to)).toEqual([
    'wat-hua-fai',
    'rakaeng-bridge',
    'warorot-market',
  ]);
});

test('phone, Thai: a shared walk keeps its pace, and opens on the walk, not on the list of suggested walks', async ({ page, browser }) => {
  await page.setViewportSize(PHONE);
  await openApp(page, '?lang=th&walk=markets-and-local-economy');
  const summary = page.getByTestId('walk-summary');
  await expect(summary).toContainText('4.5 กม./ชม.');
  await page.getByLabel('ความเร็วในการเดิน').selectOption({ label: 'กลุ่มที่มีเด็ก 3 กม./ชม.' });
  await expect(summary).toContainText('3 กม./ชม.');
  await expect(page).toHaveURL(/walk=markets-and-local-economy&pace=3/);
  const slow = (await summary.textContent())!;
  const fresh = await browser.newContext({ viewport: PHONE });
  const again = await fresh.newPage();
  await openApp(again, new URL(page.url()).search);
  await expect(again.getByTestId('walk-summary')).toHaveText(slow);
  await expect(again.getByLabel('ความเร็วในการเดิน')).toHaveValue('3');
  // The walk is what the panel shows first; the suggested walks are folded below it.
  await expect(again.locator('.curated--folded')).not.toHaveAttribute('open', '');
  const [stopsTop, curatedTop] = await Promise.all([again.locator('.walk-stops').boundingBox(), again.locator('.curated--folded').boundingBox()]);
  expect(stopsTop!.y).toBeLessThan(curatedTop!.y);
  await fresh.close();
});

test('a start point picked on the map goes into the link and comes back', async ({ page }) => {
  await openApp(page, '?lang=en&stops=wat-hua-fai,rakaeng-bridge&start=98.99652,18.78063');
  await expect(page.getByLabel('My location or a point on the map')).toBeChecked();
  await expect(page.locator('.walk-leg summary .walk-leg__title').first()).toContainText('the start point');
  await expect(page).toHaveURL(/start=98.99652,18.78063/);
});

test('a link with an unknown stop names it and keeps the rest of the walk', async ({ page }) => {
  await openApp(page, '?lang=en&stops=warorot-market,no-such-place,wat-hua-fai');
  await expect(page.locator('[data-notice="bad-link-stops"]')).toContainText('no-such-place');
  await expect(page.locator('.walk-stops__item')).toHaveCount(2);
  await expect(page.getByTestId('walk-summary')).toContainText('km');
});

test('a stop the network cannot reach is named, with the nearest stop that works; step-free keeps its route type', async ({ page }) => {
  await openApp(page, '?lang=en&stops=mk01-ring-road-2-bridge,wat-hua-fai&profile=step-free');
  const problem = page.getByTestId('walk-problem');
  await expect(problem).toContainText('Mae Kha bridge, Ring Road 2 is');
  await expect(problem).toContainText('beyond the street data');
  await problem.getByRole('button', { name: /instead of/ }).click();
  await expect(page.getByTestId('walk-summary')).toContainText('km');
  await expect(page).toHaveURL(/profile=step-free/);
});

test('print view: A4 with the map image, the stops and the directions', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=en&walk=old-city-and-the-moat');
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Print (A4)' }).click();
  const sheet = page.getByTestId('print-view');
  await expect(sheet).toHaveAttribute('data-print-status', 'ready');
  const src = await sheet.locator('img').getAttribute('src');
  expect(src).toMatch(/^data:image\/png;base64,/);
  expect(src!.length).toBeGreaterThan(20_000);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('h1')).toHaveText('The old city, the moat and Wua Lai');
  await expect(sheet.locator('.print-view__stops li')).toHaveCount(6);
  await expect(sheet.locator('.print-view__directions li').first()).toContainText('Start at');
  await expect(page.locator('.topbar')).toBeHidden();
  await page.screenshot({ path: 'screens/walk-en-print.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

for (const lang of ['th', 'en'] as const) {
  test(`axe finds no violations on the walk panel (${lang})`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&walk=water-and-environment`);
    await expect(page.getByTestId('walk-summary')).toBeVisible();
    await page.locator('.walk-leg summary').first().click();
    const result = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
