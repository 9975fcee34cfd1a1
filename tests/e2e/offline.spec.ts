import { expect, test } from '@playwright/test';
import { openApp, skipWithoutChromium, watchConsole } from './app-driver';

skipWithoutChromium();
test.use({ serviceWorkers: 'allow' });

test('after one visit the app works with the network off: map, search, site cards and routing', async ({ page, context }) => {
  const errors = watchConsole(page);
  await openApp(page, '?lang=th');
  // The service worker installs, precaches and takes control of the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await expect(page.getByTestId('update-prompt')).toContainText('ใช้งานแบบออฟไลน์ได้');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 90_000 });
  await page.getByRole('combobox', { name: /ค้นหา/ }).fill('ระแกง');
  await page.getByRole('option').first().click();
  await expect(page.getByTestId('feature-card').getByRole('heading', { level: 2 })).toContainText('ระแกง');
  // A fresh navigation to another URL of the app is served from the cache too.
  await page.goto('./?lang=en&site=warorot-market');
  await expect(page.getByTestId('feature-card').getByRole('heading', { level: 2 })).toContainText('Warorot');
  // Routing needs no network either: a walk is planned, with directions, offline.
  await page.goto('./?lang=en&stops=warorot-market,wat-hua-fai');
  await expect(page.getByTestId('walk-summary')).toContainText(/km · \d+ min/);
  await expect(page.locator('.directions li').first()).toContainText('Start at Warorot Market');
  await context.setOffline(false);
  expect(errors).toEqual([]);
});

test('a new version waits for the user: the prompt says so and “Reload now” applies it', async ({ page }) => {
  const { readFile, writeFile } = await import('node:fs/promises');
  const swPath = new URL('../../dist/sw.js', import.meta.url);
  await openApp(page, '?lang=en');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await expect(page.getByTestId('update-prompt')).toContainText('works offline');
  // A later visit, under the installed version.
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 90_000 });
  await expect(page.getByTestId('update-prompt')).toHaveCount(0);
  // Publish a "new version": the service worker script changes on the server.
  const original = await readFile(swPath, 'utf8');
  try {
    await writeFile(swPath, `${original}\n// next version\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toContainText('A new version of the app is ready.');
    const before = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? '');
    expect(before).toBe('installed');
    await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload now' }).click()]);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 90_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    await writeFile(swPath, original);
  }
});

test('phone: a notice and the offline prompt stack without covering each other', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, '?lang=th&site=no-such-site');
  const prompt = page.getByTestId('update-prompt');
  const notice = page.locator('[data-notice]').first();
  await expect(prompt).toContainText('ใช้งานแบบออฟไลน์ได้');
  await expect(notice).toContainText('no-such-site');
  const [a, b] = [await notice.boundingBox(), await prompt.boundingBox()];
  expect(a && b).toBeTruthy();
  const overlap = Math.min(a!.y + a!.height, b!.y + b!.height) - Math.max(a!.y, b!.y);
  expect(overlap).toBeLessThanOrEqual(0);
  // Both stay usable: each close button is what a tap at its centre reaches.
  for (const button of [notice.getByRole('button'), prompt.getByRole('button').first()]) {
    const box = (await button.boundingBox())!;
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('button')?.textContent ?? null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit).toBe(await button.textContent());
  }
  // Nor do they cover the bottom sheet at its lowest (peek) height: its tabs can still be tapped.
  await page.locator('.sheet-handle').click();
  await page.locator('.sheet-handle').click();
  await expect(page.locator('.panel')).toHaveAttribute('data-snap', 'peek');
  await expect.poll(() => page.locator('.panel').evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBe(120);
  const tab = (await page.getByRole('tab', { name: 'เส้นทางเดิน' }).boundingBox())!;
  const onTab = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[role="tab"]')?.id ?? null, [tab.x + tab.width / 2, tab.y + tab.height / 2]);
  expect(onTab).toBe('tab-walk');
});
