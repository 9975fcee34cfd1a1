import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { siteInventoryCsv } from '../../bench/lib/site-inventory.mjs';
import { openApp, skipWithoutChromium, watchConsole } from './app-driver';

skipWithoutChromium();

const DESKTOP = { width: 1280, height: 900 };
const fixture = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;

/** The main stem's covered percentage, as the table shows it once the worker has replied. */
async function maeKhaPercent(page: Page): Promise<number> {
  await expect(page.getByTestId('research-panel')).toHaveAttribute('aria-busy', 'false');
  const cell = page.locator('[data-waterway="mae-kha"] td').nth(1);
  return Number(/([\d.]+) ?%/.exec((await cell.textContent())!)![1]);
}

test('coverage in Thai: table, chart, gaps; the threshold changes the result and the link', async ({ page }) => {
  const errors = watchConsole(page);
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=th&panel=research');
  await expect(page.getByRole('tab', { name: 'วิจัย' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('coverage-table')).toContainText('คลองแม่ข่า');
  const before = await maeKhaPercent(page);
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(100);
  await expect(page.getByTestId('coverage-chart')).toBeVisible();
  await expect(page.getByTestId('coverage-gaps').locator('li').first()).toContainText('สถานที่ที่ใกล้ที่สุดคือ');
  const slider = page.getByRole('slider', { name: 'ระยะเดินที่ถือว่าครอบคลุม' });
  await slider.focus();
  for (let i = 0; i < 8; i++) await slider.press('ArrowRight');
  await expect(page.getByTestId('threshold-value')).toContainText('800 ม.');
  await expect(page).toHaveURL(/cov_t=800/);
  expect(await maeKhaPercent(page)).toBeGreaterThan(before);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  await page.screenshot({ path: 'screens/research-th-desktop.png' });
  // The link repeats the run in a fresh page.
  const link = page.url();
  await page.goto(link);
  await expect(page.getByTestId('threshold-value')).toContainText('800 ม.');
  // The threshold as a walking time: 10 minutes for a group with children (3 km/h) is 500 m.
  await page.getByLabel('ที่ความเร็ว').selectOption('3');
  await page.getByLabel('หรือเป็นเวลาเดิน (นาที)').fill('10');
  await expect(page.getByTestId('threshold-value')).toContainText('500 ม. · เดินราว 10 นาที');
  // Themes narrow the counted sites.
  await page.getByRole('checkbox', { name: 'วัฒนธรรม', exact: true }).check();
  await expect(page).toHaveURL(/cov_th=culture/);
  expect(errors).toEqual([]);
});

test('straight-line comparison, what-if sites on the map, and suggestions', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=en&panel=research');
  await page.getByLabel(/Compare with straight-line/).check();
  await expect(page.getByTestId('coverage-table')).toContainText('Straight line');
  const before = await maeKhaPercent(page);
  await page.getByRole('button', { name: 'Place what-if sites on the map' }).click();
  // A point on the uncovered northern main stem: MK02's bridge (Si Lanna), found by its label's site.
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.goto('./?lang=en&panel=research&site=mk02-si-lanna-bridge');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  await page.getByRole('button', { name: 'Place what-if sites on the map' }).click();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('what-if-list').locator('li')).toHaveCount(1);
  await expect(page.getByTestId('what-if-list')).toContainText('What-if site 1');
  const after = await maeKhaPercent(page);
  expect(after).toBeGreaterThan(before);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Suggest', exact: true }).click();
  await expect(page.getByTestId('suggestions').locator('li')).toHaveCount(3);
  const gains = await page.getByTestId('suggestions').locator('li').allTextContents();
  expect(gains).toHaveLength(3);
  const metres = gains.map((g) => {
    const [, v, unit] = /covers ([\d.,]+) (m|km)/.exec(g)!;
    return Number(v!.replace(',', '')) * (unit === 'km' ? 1000 : 1);
  });
  expect([...metres].sort((a, b) => b - a)).toEqual(metres);
  await page.getByRole('button', { name: 'Add the suggestions as what-if sites' }).click();
  await expect(page.getByTestId('what-if-list').locator('li')).toHaveCount(4);
  expect(await maeKhaPercent(page)).toBeGreaterThan(after);
  await page.screenshot({ path: 'screens/research-en-whatif.png' });
});

test('own data: a UTM file is refused with the fix; a Thai CSV is previewed, analysed and exported; the built-in data comes back', async ({ page }) => {
  await openApp(page, '?lang=en&panel=research');
  const sitesInput = page.getByLabel('Sites file (CSV or GeoJSON)');
  await sitesInput.setInputFiles(fixture('utm.csv'));
  await expect(page.getByTestId('import-error')).toContainText('UTM zone 47N');
  await sitesInput.setInputFiles(fixture('comma-thai.csv'));
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('comma-thai.csv');
  await expect(preview).toContainText('will be used');
  await expect(preview).toContainText('Warorot Market, Kad Luang');
  await preview.getByLabel('Use instead of the built-in sites').check();
  await preview.getByRole('button', { name: 'Use this data' }).click();
  await expect(page.getByTestId('own-sites')).toContainText('comma-thai.csv');
  // The analysis runs on the imported sites only, and all three exports carry it.
  await expect(page.getByTestId('research-panel')).toHaveAttribute('aria-busy', 'false');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Samples (CSV)' }).click()]);
  const rows = Papa.parse<Record<string, string>>(await readFile((await csv.path())!, 'utf8'), { header: true, skipEmptyLines: true }).data;
  const nearest = new Set(rows.map((r) => r.nearest_site_id).filter(Boolean));
  expect(nearest.size).toBeGreaterThan(0);
  // The file's learning sites only: its market is left out by the category filter, as a built-in market is.
  expect(nearest.size).toBeLessThanOrEqual(2);
  // Each nearest site is named as the file names it, in both languages (not by a made-up id).
  const named = new Set(rows.filter((r) => r.nearest_site_id).map((r) => `${r.nearest_site_name_th}|${r.nearest_site_name_en}`));
  expect([...named].every((n) => ['วัดโลกโมฬี|Wat Lok Molee', 'ประตูท่าแพ|Tha Phae Gate'].includes(n))).toBe(true);
  const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Covered and gap stretches (GeoJSON)' }).click()]);
  expect(JSON.parse(await readFile((await geo.path())!, 'utf8')).type).toBe('FeatureCollection');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Run record (JSON)' }).click()]);
  const record = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(record.params.threshold).toBe(400);
  const bytes = await readFile(fixture('comma-thai.csv'));
  expect(record.imports.sites).toEqual({
    name: 'comma-thai.csv',
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    mode: 'replace',
    used: 3,
    refused: 0,
  });
  expect(record.imports.network).toBeNull();
  expect(record.dataVersion).toMatch(/^[0-9a-f]{10}$/);
  // The imported market counts once local-economy points count (the same rule as the built-in
  // ones), and its Thai name shows in Thai.
  await expect(page.getByTestId('coverage-catchments')).not.toContainText('Warorot');
  await page.getByRole('checkbox', { name: 'Local-economy points' }).check();
  await expect(page.getByTestId('coverage-catchments')).toContainText('Warorot Market, Kad Luang');
  await page.getByRole('button', { name: 'ไทย' }).click();
  await expect(page.getByTestId('coverage-catchments')).toContainText('กาดวโรรส');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Back to the built-in sites' }).click();
  await expect(page.getByTestId('own-sites')).toHaveCount(0);
  await page.getByLabel('Sites file (CSV or GeoJSON)').setInputFiles(fixture('bad-rows.csv'));
  await expect(page.getByTestId('import-issues')).toContainText('Line ');
  await page.getByLabel('Walking network (GeoJSON lines)').setInputFiles(fixture('osm-footways.geojson'));
  await expect(page.getByTestId('import-preview')).toContainText('osm-footways.geojson');
  await page.getByTestId('import-preview').getByRole('button', { name: 'Use this data' }).click();
  await expect(page.getByTestId('own-network')).toContainText('osm-footways.geojson');
  await expect(page.getByTestId('coverage-table')).toBeVisible();
});

test('a 4.8 MB CSV of 164,035 sites is read off the page with progress, previewed in Thai, applied and analysed', async ({ page }, info) => {
  test.setTimeout(480_000);
  const file = info.outputPath('inventory.csv');
  await writeFile(file, siteInventoryCsv(164_035));
  await openApp(page, '?lang=th&panel=research');
  await expect(page.getByTestId('research-panel')).toHaveAttribute('aria-busy', 'false', { timeout: 240_000 });
  await page.getByLabel('ไฟล์สถานที่ (CSV หรือ GeoJSON)').setInputFiles(file);
  // Progress, named, while the worker reads the rows; the page answers meanwhile.
  const progress = page.getByRole('progressbar', { name: 'กำลังอ่าน inventory.csv' });
  await expect(progress).toBeVisible({ timeout: 90_000 });
  await page.getByRole('tab', { name: 'เส้นทางเดิน' }).click();
  await page.getByRole('tab', { name: 'วิจัย' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('ใช้ได้ 164,035 รายการ', { timeout: 240_000 });
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  await expect(preview).toContainText('Site 0');
  await preview.getByLabel('ใช้แทนสถานที่ในแอป').check();
  await preview.getByRole('button', { name: 'ใช้ข้อมูลนี้' }).click();
  await expect(page.getByTestId('own-sites')).toContainText('164,035', { timeout: 240_000 });
  await expect(page.getByTestId('research-panel')).toHaveAttribute('aria-busy', 'false', { timeout: 180_000 });
  await expect(page.getByTestId('coverage-table')).toBeVisible();
  // Sites are everywhere along the old city's stretch: the main stem is largely covered.
  const cell = page.locator('[data-waterway="mae-kha"] td').nth(1);
  expect(Number(/([\d.]+) ?%/.exec((await cell.textContent())!)![1])).toBeGreaterThan(30);
});

test('exports: the samples CSV and the stretches GeoJSON read back; the run record’s link repeats the run', async ({ page }) => {
  await openApp(page, '?lang=en&panel=research&cov_t=600');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Samples (CSV)' }).click()]);
  const parsed = Papa.parse<Record<string, string>>(await readFile((await csv.path())!, 'utf8'), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(['waterway', 'along_m', 'lon', 'lat', 'distance_m', 'nearest_site_id', 'nearest_site_name_th', 'nearest_site_name_en', 'covered']);
  const rows = parsed.data.filter((r) => r.waterway === 'mae-kha');
  expect(rows.length).toBeGreaterThan(500);
  for (const r of rows.filter((x) => x.covered === 'true')) expect(Number(r.distance_m)).toBeLessThanOrEqual(600);
  const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Covered and gap stretches (GeoJSON)' }).click()]);
  const fc = JSON.parse(await readFile((await geo.path())!, 'utf8'));
  expect(fc.type).toBe('FeatureCollection');
  expect(new Set(fc.features.map((f: { properties: { kind: string } }) => f.properties.kind))).toEqual(new Set(['covered', 'gap']));
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Run record (JSON)' }).click()]);
  const record = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(record).toMatchObject({ format: 'mae-kha-coverage-run', params: { threshold: 600 }, whatIf: [], imports: { sites: null, network: null } });
  // Its link repeats the run: opened, the panel shows the same threshold.
  const again = await page.context().newPage();
  await again.goto(record.link);
  await expect(again.getByTestId('threshold-value')).toContainText('600 m');
  await again.close();
});

for (const lang of ['th', 'en'] as const) {
  test(`axe finds no violations on the research panel (${lang})`, async ({ page }) => {
    await openApp(page, `?lang=${lang}&panel=research`);
    await expect(page.getByTestId('coverage-table')).toBeVisible();
    const result = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
