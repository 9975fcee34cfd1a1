import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CATEGORY_SYMBOLS, WATER_COLOURS } from '../../src/map/symbols';
import { countMapPixels, findMapPixel, hexToRgb, openApp, skipWithoutChromium, watchConsole } from './app-driver';

skipWithoutChromium();

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('Thai search without spaces or tone marks finds the site; choosing it opens the card and the link', async ({ page }) => {
  const errors = watchConsole(page);
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=th');
  const box = page.getByRole('combobox', { name: 'ค้นหาสถานที่ เป็นภาษาไทยหรืออังกฤษ' });
  await box.fill('ตลาดตนลำไย'); // "ต้น" typed without its tone mark
  await expect(page.getByRole('option').first()).toContainText('ตลาดต้นลำไย');
  await box.press('ArrowDown');
  await box.press('Enter');
  const card = page.getByTestId('feature-card');
  await expect(card.getByRole('heading', { level: 2 })).toContainText('ตลาดต้นลำไย');
  await expect(card.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page).toHaveURL(/site=ton-lamyai-market/);
  expect(errors).toEqual([]);
});

test('English search knows the other spellings', async ({ page }) => {
  await openApp(page, '?lang=en');
  const box = page.getByRole('combobox', { name: 'Search sites in Thai or English' });
  await box.fill('ragang');
  await expect(page.getByRole('option').first()).toContainText('Rakaeng');
  await box.fill('sridonchai');
  await expect(page.getByRole('option').first()).toContainText('Sri Don Chai');
});

test('filters change the list and the link; a copied link reopens the same view in a fresh browser', async ({ page, browser }) => {
  await openApp(page, '?lang=en');
  const list = page.getByRole('navigation', { name: 'Sites along the canal' });
  const before = await list.getByRole('listitem').count();
  await page.getByRole('group', { name: 'Sites' }).getByLabel(/Local-economy points/).uncheck();
  await page.getByRole('group', { name: 'Themes' }).getByLabel('Water').check();
  const after = await list.getByRole('listitem').count();
  expect(after).toBeLessThan(before);
  await list.getByRole('listitem').first().getByRole('button').click();
  await expect(page).toHaveURL(/cats=learning,environment/);
  await expect(page).toHaveURL(/themes=water/);
  const link = page.url();
  const title = await page.getByTestId('feature-card').getByRole('heading', { level: 2 }).textContent();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await openApp(other, link.slice(link.indexOf('?')));
  await expect(other.getByRole('navigation', { name: 'Sites along the canal' }).getByRole('listitem')).toHaveCount(after);
  await expect(other.getByTestId('feature-card').getByRole('heading', { level: 2 })).toHaveText(title!);
  await expect(other.getByRole('group', { name: 'Themes' }).getByLabel('Water')).toBeChecked();
  await fresh.close();
});

test('an unknown id in a link is named, and the rest of the link still applies', async ({ page }) => {
  await openApp(page, '?lang=en&site=no-such-site&themes=water');
  await expect(page.getByRole('status')).toContainText('no-such-site');
  await expect(page.getByRole('group', { name: 'Themes' }).getByLabel('Water')).toBeChecked();
  await expect(page.getByTestId('feature-card')).toHaveCount(0);
});

test('keyboard only: search, pick, read the card, close, next in the list', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=en');
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // about
  await page.getByRole('combobox', { name: /ค้นหา|Search/ }).focus();
  await page.keyboard.type('warorot');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const heading = page.getByTestId('feature-card').getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await expect(heading).toContainText('Warorot');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Enter');
  const item = page.locator('[data-site-id="warorot-market"]');
  await expect(item).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feature-card')).toBeVisible();
  await expect(heading).not.toContainText('Warorot');
});

test('hovering a site on the map shows its name; clicking it opens its card', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=en&site=mk01-ring-road-2-bridge');
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('feature-card')).toHaveCount(0);
  // The map flew to the selected site: it is at the centre of the map.
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  const box = (await page.getByTestId('map').boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x - 40, centre.y - 40);
  await expect(page.locator('.map-hover')).toHaveCount(0);
  // Retried as a person would move the mouse again, should a frame still be drawing under load.
  await expect(async () => {
    await page.mouse.move(centre.x - 10, centre.y - 10);
    await page.mouse.move(centre.x, centre.y, { steps: 4 });
    await expect(page.locator('.map-hover')).toHaveText('Mae Kha bridge, Ring Road 2', { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await page.mouse.move(centre.x - 200, centre.y + 200, { steps: 4 });
  await expect(page.locator('.map-hover')).toHaveCount(0);
  await page.mouse.click(centre.x, centre.y);
  await expect(page.getByTestId('feature-card').getByRole('heading', { level: 2 })).toContainText('Ring Road 2');
});

test('clicking the canal on the map opens the waterway card', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=en&site=mk01-ring-road-2-bridge');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.mouse.move(0, 0);
  const canal = await findMapPixel(page, hexToRgb(WATER_COLOURS.mainStem));
  expect(canal).not.toBeNull();
  await page.mouse.click(canal!.x, canal!.y);
  const card = page.getByTestId('feature-card');
  await expect(card.getByRole('heading', { level: 2 })).toContainText('Mae Kha');
  await expect(card).toContainText('14.2 km');
  await expect(page).toHaveURL(/way=mae-kha/);
});

test('distance from a point picked on the map orders the list and shows the point', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openApp(page, '?lang=th&site=warorot-market');
  await page.getByRole('button', { name: 'ปิด' }).click();
  await page.getByRole('combobox', { name: /เรียง/ }).selectOption('distance');
  await page.getByRole('button', { name: 'เลือกจุดบนแผนที่' }).click();
  await expect(page.getByText('คลิกหรือแตะแผนที่เพื่อเลือกจุด')).toBeVisible();
  const box = (await page.getByTestId('map').boundingBox())!;
  // Just off Warorot market (the map is centred on it): the market must be the nearest site.
  await page.mouse.click(box.x + box.width / 2 + 12, box.y + box.height / 2 + 12);
  await expect(page.getByText('จากจุดที่คุณเลือกบนแผนที่')).toBeVisible();
  await expect(page.locator('.site-list__item').first()).toHaveAttribute('data-site-id', 'warorot-market');
  await expect(page.locator('.site-list__item').first()).toContainText(/· [1-9]0 ม\./); // tens of metres away, in Thai units
  await expect(page.getByTestId('feature-card')).toHaveCount(0);
  // The restyle that adds the point keeps the category icons (they once vanished here).
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  expect(await countMapPixels(page, hexToRgb(CATEGORY_SYMBOLS.economy.fill), 30)).toBeGreaterThan(100);
  await page.screenshot({ path: 'screens/explore-th-desktop-origin.png' });
});

test('distance from the device location, in English', async ({ page, context }) => {
  const warorot = { longitude: 99.00052, latitude: 18.79022 };
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ ...warorot, accuracy: 25 });
  await page.setViewportSize(PHONE);
  await openApp(page, '?lang=en');
  await page.getByRole('combobox', { name: /Order/ }).selectOption('distance');
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.getByText('From your location')).toBeVisible();
  const first = await page.locator('.site-list__item').first().getAttribute('data-site-id');
  expect(first).toBe('warorot-market');
});

test('phone: the bottom sheet has three snap points and keeps both languages readable', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openApp(page, '?lang=th');
  const sheet = page.locator('.panel');
  await expect(sheet).toHaveAttribute('data-snap', 'half');
  const handle = page.locator('.sheet-handle');
  await handle.click();
  await expect(sheet).toHaveAttribute('data-snap', 'full');
  await handle.click();
  await expect(sheet).toHaveAttribute('data-snap', 'peek');
  // The sheet animates its height: look once it has settled, and check nothing covers it then.
  await expect.poll(() => sheet.evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBe(120);
  const tab = (await page.getByRole('tab', { name: 'เส้นทางเดิน' }).boundingBox())!;
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[role="tab"]')?.id ?? null, [tab.x + tab.width / 2, tab.y + tab.height / 2]);
  expect(hit).toBe('tab-walk');
  await page.screenshot({ path: 'screens/explore-th-phone-peek.png' });
  await handle.click();
  await page.getByRole('combobox', { name: /ค้นหา|Search/ }).fill('แม่ข่า');
  await page.getByRole('option').first().click();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
  await page.screenshot({ path: 'screens/explore-th-phone-card.png' });
  // No horizontal overflow at 360 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

for (const [name, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
  test(`the tabs stay in view and usable while the panel scrolls (${name})`, async ({ page }) => {
    await page.setViewportSize(size);
    await openApp(page, '?lang=th');
    const scroller = page.locator(name === 'phone' ? '.panel__body' : '.panel');
    await expect(page.locator('.site-list__items li').first()).toBeVisible();
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
    const tab = page.getByRole('tab', { name: 'เส้นทางเดิน' });
    await expect(tab).toBeInViewport();
    const box = (await tab.boundingBox())!;
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[role="tab"]')?.id ?? null, [box.x + box.width / 2, box.y + box.height / 2]);
    expect(hit).toBe('tab-walk');
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  });
}

for (const lang of ['th', 'en'] as const) {
  for (const [name, size] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    test(`axe finds no violations on the explore flows (${lang}, ${name})`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page, `?lang=${lang}`);
      expect(await axe(page)).toEqual([]);
      await page.locator('[data-site-id="phase-1-promenade"]').click();
      await expect(page.getByTestId('feature-card')).toBeVisible();
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle');
      await page.screenshot({ path: `screens/explore-${lang}-${name}-card.png` });
      expect(await axe(page)).toEqual([]);
      await page.getByRole('combobox', { name: /ค้นหา|Search/ }).fill(lang === 'th' ? 'ตลาด' : 'market');
      await expect(page.getByRole('option').first()).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await page.getByRole('combobox', { name: /ค้นหา|Search/ }).press('Escape');
      await page.getByRole('button', { name: lang === 'th' ? 'เกี่ยวกับข้อมูล' : 'About the data' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.screenshot({ path: `screens/explore-${lang}-${name}-about.png` });
      expect(await axe(page)).toEqual([]);
    });
  }
}

test('a waterway link opens the waterway card with its computed length', async ({ page }) => {
  await openApp(page, '?lang=th&way=mae-kha');
  const card = page.getByTestId('feature-card');
  await expect(card.getByRole('heading', { level: 2 })).toContainText('คลองแม่ข่า');
  await expect(card).toContainText('14.2 กม.');
  await expect(card).toContainText('ลำน้ำสายหลัก');
});
