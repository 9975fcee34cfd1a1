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
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
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
