/**
 * Faults that once blanked the page, and the Content-Security-Policy the app ships with: each
 * fault shows a named message where it happened, the rest of the app keeps working, and no step
 * of using the app breaks the policy.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { encodeTrip } from '../../src/domain/trip/share';
import { openApp, skipWithoutChromium, watchConsole } from './app-driver';
import { SITES } from './follow-route';

skipWithoutChromium();

const DESKTOP = { width: 1280, height: 800 };

/** Every Content-Security-Policy violation the page reports, from its first script on. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('every tab, the dialogs, a walk, a trip, coverage and printing run under the shipped policy with no violation', async ({ page }) => {
  test.setTimeout(360_000);
  const violations = await recordViolations(page);
  const errors = watchConsole(page);
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=en&stops=warorot-market,tha-phae-gate');
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'))!;
  expect(policy).toContain("script-src 'self'");
  // The README gives hosts the same policy as a header.
  expect(await readFile(new URL('../../README.md', import.meta.url), 'utf8')).toContain(policy);
  // The recorder works: an inline script is refused and reported (then forgotten).
  await page.evaluate(() => document.head.append(Object.assign(document.createElement('script'), { textContent: 'void 0' })));
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src/));
  await page.evaluate(() => ((window as unknown as { cspViolations: string[] }).cspViolations.length = 0));
  errors.length = 0;
  await expect(page.getByTestId('walk-summary')).toBeVisible();
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: 'Print (A4)' }).click();
  await expect(page.getByTestId('print-view')).toHaveAttribute('data-print-status', 'ready', { timeout: 90_000 });
  await page.getByRole('tab', { name: 'Explore' }).click();
  await page.getByRole('combobox', { name: /Search/ }).fill('Warorot');
  await page.getByRole('option').first().click();
  await expect(page.getByTestId('feature-card')).toBeVisible();
  await page.getByRole('tab', { name: 'Field trip' }).click();
  await page.getByRole('button', { name: 'Propose a trip' }).click();
  await expect(page.locator('.trip-stop')).not.toHaveCount(0);
  await page.getByRole('tab', { name: 'Research' }).click();
  await expect(page.getByTestId('coverage-table')).toContainText('Mae Kha');
  await page.getByRole('button', { name: 'About the data' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'ไทย' }).click();
  await expect(page.getByRole('tab', { name: 'วิจัย' })).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

for (const [how, serve] of [
  ['cannot be fetched (offline before it was cached, or gone after a deploy)', 'abort'],
  ['is answered with the app’s index page (a host that does that for missing files)', 'html'],
] as const) {
  test(`a tab whose code ${how} shows a named message and a reload, and the rest works`, async ({ page }) => {
    await page.route(/\/assets\/WalkPanel-[^/]+\.js$/, async (route) => {
      if (serve === 'abort') return route.abort();
      const index = await (await page.request.get('./')).text();
      return route.fulfill({ status: 200, contentType: 'text/html', body: index });
    });
    await page.setViewportSize(DESKTOP);
    await openApp(page, '?lang=th');
    await page.getByRole('tab', { name: 'เส้นทางเดิน' }).click();
    const failed = page.locator('.part-failed');
    await expect(failed).toContainText('แสดงส่วนนี้ไม่ได้');
    await expect(failed.getByRole('button', { name: 'โหลดแอปใหม่' })).toBeVisible();
    // The other tabs and the map are still there.
    await page.getByRole('tab', { name: 'สำรวจ' }).click();
    await expect(page.locator('.site-list__item').first()).toBeVisible();
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  });
}

test('a damaged trip store in a full browser storage: no blank page, nothing written over, the teacher is told', async ({ page }) => {
  const unknown = JSON.stringify({ version: 7, trips: [{ id: 'trip-from-a-newer-app', name: 'River day' }] });
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('maekha.trips', text);
    }
    // The storage is full: every write from now on is refused.
    Storage.prototype.setItem = function (key: string) {
      if (this === sessionStorage) return;
      throw new DOMException(`no room for ${key}`, 'QuotaExceededError');
    };
  }, unknown);
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=en&panel=trip');
  await expect(page.getByTestId('trip-store-locked')).toContainText('could not be read');
  await expect(page.getByText('The trips saved in this browser could not be read.')).toBeVisible();
  await page.getByRole('button', { name: 'Save trip' }).click();
  await expect(page.getByTestId('trip-saved-status')).toContainText('Not saved: the trips already stored here could not be read');
  await page.getByRole('button', { name: 'Keep them as a backup and start a new list' }).click();
  await expect(page.getByText('There is no room in this browser for a backup.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('maekha.trips'))).toBe(unknown);
  // A trip link opens straight into the Field trip tab: the same, not a blank page.
  await page.reload();
  await expect(page.getByTestId('trip-store-locked')).toBeVisible();
  await page.screenshot({ path: 'screens/faults-en-trip-store-locked.png' });
});

/** Text as Thai Windows-874 (TIS-620) bytes: Thai letters U+0E01–U+0E5B are bytes 0xA1–0xFB, ASCII as is. */
const windows874 = (text: string) =>
  Buffer.from([...text.replace(/^\uFEFF/, '')].map((c) => {
    const code = c.codePointAt(0)!;
    if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e01 + 0xa1;
    if (code < 0x80) return code;
    throw new Error(`not in Windows-874: ${c}`);
  }));

test('a Thai CSV saved as Windows-874 (TIS-620) is read as Thai and the preview says so', async ({ page }) => {
  const csv = await readFile(new URL('../fixtures/import/comma-thai.csv', import.meta.url), 'utf8');
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=th&panel=research');
  await page.getByLabel('ไฟล์สถานที่ (CSV หรือ GeoJSON)').setInputFiles({ name: 'excel-thai.csv', mimeType: 'text/csv', buffer: windows874(csv) });
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByTestId('import-encoding')).toContainText('Windows-874');
  await expect(preview).toContainText('วัดโลกโมฬี');
  await expect(preview).toContainText('กาดวโรรส');
});

test('extending the walking network with lines that share no point with it says so, and how much, before they are used', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=en&panel=research');
  await expect(page.getByTestId('coverage-table')).toContainText('Mae Kha');
  await page.getByLabel('Walking network (GeoJSON lines)').setInputFiles(new URL('../fixtures/import/osm-footways.geojson', import.meta.url).pathname);
  const joins = page.getByTestId('import-joins');
  // The fixture's footways were drawn on their own: they share no vertex with the built-in paths.
  await expect(joins).toHaveText(/^Extending: none of these lines \(4\d0 m\) shares a point with the built-in paths, so walking on them reaches nothing else/);
  // Replacing the network does not join anything: nothing to say.
  await page.getByLabel('Use instead of the built-in walking network').check();
  await expect(joins).toHaveCount(0);
});

test('links with too much in them: the stop limit kept and named for a trip as for a walk, a few unknown values named and the rest counted, numbers read strictly', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // A trip link with 30 stops opens the first 25 and says so, as a walk link does.
  const ids = SITES.map((s) => s.properties.id).slice(0, 30);
  const code = encodeTrip({
    name: 'Long trip',
    brief: { date: '2026-12-10', startTime: '09:00', budgetMinutes: 240, group: 'adult', groupSize: 10, subjects: ['culture'], start: { kind: 'site', id: 'tha-phae-gate' }, end: { kind: 'site', id: 'tha-phae-gate' }, stepFree: false },
    stops: ids.map((id) => ({ id, locked: false })),
  });
  await openApp(page, `?lang=en&trip=${code}`);
  await expect(page.getByText('The link has 30 stops; a walk can have at most 25, so the first 25 were kept.')).toBeVisible();
  await expect(page.locator('.trip-itinerary__stop')).toHaveCount(25);
  // 1,000 unknown stops (as many as a server takes in an address): five named, the rest counted, in a notice a few lines tall.
  const unknown = Array.from({ length: 1000 }, (_, i) => `u${i}`).join(',');
  await openApp(page, `?lang=en&stops=warorot-market,${unknown}`);
  const notice = page.locator('.toasts').getByText(/not in the data/);
  await expect(notice).toContainText('u0, u1, u2, u3, u4 … (+995)');
  expect((await notice.boundingBox())!.height).toBeLessThan(200);
  // A coverage threshold written in hex is named, not read as 800.
  await openApp(page, '?lang=en&panel=research&cov_t=0x320');
  await expect(page.locator('.toasts').getByText(/coverage settings this app cannot use/)).toBeVisible();
  await expect(page).not.toHaveURL(/cov_t=800/);
  // Parameters given twice are named; the first of each is read.
  await openApp(page, '?lang=th&site=wat-hua-fai&lang=en&site=warorot-market');
  await expect(page.locator('.toasts').getByText('ลิงก์ระบุการตั้งค่าบางอย่างซ้ำกัน (“lang, site”) จึงใช้ค่าแรกของแต่ละอย่าง ส่วนอื่นของลิงก์ใช้ได้ตามปกติ')).toBeVisible();
  await expect(page.getByTestId('feature-card').getByRole('heading', { level: 2 })).toContainText('วัดหัวฝาย');
});

test('two tabs saving trips: each sees the other’s, and neither erases the other’s', async ({ page, context }) => {
  await page.setViewportSize(DESKTOP);
  const other = await context.newPage();
  await other.setViewportSize(DESKTOP);
  await openApp(page, '?lang=en&panel=trip');
  await openApp(other, '?lang=en&panel=trip');
  const save = async (p: Page, name: string) => {
    await p.getByRole('textbox', { name: 'Trip name' }).fill(name);
    await p.getByRole('button', { name: 'Save trip' }).click();
    await expect(p.getByTestId('trip-saved-status')).toHaveText(`Saved “${name}”.`);
  };
  await save(page, 'Morning walk');
  // The other tab's list follows.
  await expect(other.getByRole('button', { name: 'Open Morning walk' })).toBeVisible();
  await save(other, 'Afternoon walk');
  await expect(page.getByRole('button', { name: 'Open Afternoon walk' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /^Open (Morning|Afternoon) walk$/ })).toHaveCount(2);
  await other.close();
});
