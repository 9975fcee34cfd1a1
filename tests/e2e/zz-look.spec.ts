import { expect, test } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { openApp } from './app-driver';
import { siteInventoryCsv } from '../../bench/lib/site-inventory.mjs';
const PHONE = { width: 390, height: 844 };
test.setTimeout(480_000);

test('look: full storage, th phone', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function (key: string) {
      if (this === sessionStorage) return;
      throw new DOMException(`no room for ${key}`, 'QuotaExceededError');
    };
  });
  await page.setViewportSize(PHONE);
  await openApp(page, '?lang=th&panel=trip');
  await page.getByRole('button', { name: 'เสนอแผนทัศนศึกษา' }).click();
  await expect(page.locator('.trip-stop')).not.toHaveCount(0);
  await page.getByRole('button', { name: 'บันทึกแผนทัศนศึกษา' }).click();
  await expect(page.getByTestId('trip-saved-status')).toBeVisible();
  await page.getByTestId('trip-saved-status').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/look/full-th-phone.png' });
});

test('look: repeated param, th phone and en desktop', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openApp(page, '?lang=th&lang=en&site=wat-hua-fai&site=tha-phae-gate');
  await page.screenshot({ path: '/tmp/look/repeated-th-phone.png' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '?lang=en&lang=th&cov_t=0x320&panel=research');
  await page.screenshot({ path: '/tmp/look/repeated-en-desktop.png' });
});

test('look: big csv, en phone', async ({ page }, info) => {
  const file = info.outputPath('inventory.csv');
  await writeFile(file, siteInventoryCsv(164_035));
  await page.setViewportSize(PHONE);
  await openApp(page, '?lang=en&panel=research');
  await expect(page.getByTestId('research-panel')).toHaveAttribute('aria-busy', 'false', { timeout: 240_000 });
  await page.getByLabel('Sites file (CSV or GeoJSON)').setInputFiles(file);
  const progress = page.getByRole('progressbar');
  await expect(progress).toBeVisible({ timeout: 90_000 });
  await progress.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/look/csv-en-phone-progress.png' });
  await expect(page.getByTestId('import-preview')).toContainText('164,035', { timeout: 240_000 });
  await page.getByTestId('import-preview').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/look/csv-en-phone-preview.png' });
});
