/**
 * Accessibility in states the other browser tests do not reach: forced colours (Windows High
 * Contrast), a window zoomed to 400 % (320 × 256 CSS px), the top bar's focus ring, Thai headings'
 * line height, and axe in print, dialog, disclosure, import and phone states, in both languages.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, skipWithoutChromium } from './app-driver';

skipWithoutChromium();

const DESKTOP = { width: 1366, height: 800 };
const PHONE = { width: 390, height: 844 };
/** A 1280 × 1024 window at 400 % zoom. */
const ZOOMED = { width: 320, height: 256 };
const LANGS = ['th', 'en'] as const;
const SHOTS = 'screens/a11y';

const L = {
  th: { trip: 'ทัศนศึกษา', propose: 'เสนอแผนทัศนศึกษา', budget: 'เวลาที่มี (นาที)', meter: 'เวลาที่ใช้', link: 'ลิงก์ของแผนทัศนศึกษานี้', printWalk: 'พิมพ์ (A4)', printTrip: 'พิมพ์ใบงาน', settings: 'การตั้งค่า', about: 'เกี่ยวกับข้อมูล', sitesFile: 'ไฟล์สถานที่ (CSV หรือ GeoJSON)' },
  en: { trip: 'Field trip', propose: 'Propose a trip', budget: 'Time budget (minutes)', meter: 'Time used', link: 'Link to this trip', printWalk: 'Print (A4)', printTrip: 'Print handout', settings: 'Settings', about: 'About the data', sitesFile: 'Sites file (CSV or GeoJSON)' },
} as const;

type Rgb = [number, number, number];
const parseRgb = (css: string): Rgb => {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
};
/** WCAG contrast ratio of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: Rgb) => {
    const lin = (v: number) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
  };
  const [x, y] = [lum(parseRgb(a)), lum(parseRgb(b))].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

async function axe(page: Page, build: (b: AxeBuilder) => AxeBuilder = (b) => b) {
  const result = await build(new AxeBuilder({ page }).exclude('.maplibregl-canvas')).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * The printed document's own structure (headings, lists, images, language, contrast on paper). On
 * screen it is hidden, and aria-hidden (it duplicates the panel), so axe would check nothing in it:
 * it is checked as the page it becomes in print, with that attribute lifted for the check.
 */
async function axePrinted(page: Page, testId: string) {
  await page.emulateMedia({ media: 'print' });
  await page.getByTestId(testId).evaluate((el) => el.removeAttribute('aria-hidden'));
  const result = await new AxeBuilder({ page }).include(`[data-testid="${testId}"]`).analyze();
  expect(result.passes.length).toBeGreaterThan(5);
  await page.screenshot({ path: `${SHOTS}/printed-${testId}-${await page.evaluate(() => document.documentElement.lang)}.png`, fullPage: true });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/**
 * What a sighted reader sees of an element's state under forced colours: its text colour, the
 * background behind it (its own or the nearest opaque ancestor's), any background image, the
 * borders that differ from that background, and its outline.
 */
function look(loc: Locator) {
  return loc.evaluate((el) => {
    const cs = getComputedStyle(el);
    const opaque = (c: string) => c !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(c);
    let ground: Element | null = el;
    while (ground && !opaque(getComputedStyle(ground).backgroundColor)) ground = ground.parentElement;
    const background = ground ? getComputedStyle(ground).backgroundColor : 'Canvas';
    const border = (side: string) => {
      const style = cs.getPropertyValue(`border-${side}-style`);
      const width = parseFloat(cs.getPropertyValue(`border-${side}-width`));
      const colour = cs.getPropertyValue(`border-${side}-color`);
      return style === 'none' || width === 0 || colour === background || !opaque(colour) ? 'none' : `${width}px ${style} ${colour}`;
    };
    return {
      color: cs.color,
      background,
      image: cs.backgroundImage,
      borders: ['top', 'right', 'bottom', 'left'].map(border).join(', '),
      outline: cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0 ? 'none' : `${cs.outlineWidth} ${cs.outlineStyle} ${cs.outlineColor}`,
    };
  });
}

async function proposeTrip(page: Page, lang: 'th' | 'en') {
  await page.getByRole('button', { name: L[lang].propose }).click();
  await expect(page.locator('.trip-stop')).not.toHaveCount(0, { timeout: 90_000 });
}

test.describe('forced colours keep every state visible', () => {
  for (const lang of LANGS) {
    test(`the selected tab, the current language and a pressed toggle (${lang})`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ forcedColors: 'active' });
      await openApp(page, `?lang=${lang}&walk=old-city-and-the-moat`);
      const selected = page.locator('.tabs__tab[aria-selected="true"]');
      await expect(selected).toHaveCount(1, { timeout: 45_000 });
      expect(await look(selected)).not.toEqual(await look(page.locator('.tabs__tab[aria-selected="false"]').first()));
      const current = page.locator('.lang-switch__btn[aria-pressed="true"]');
      await expect(current).toHaveAttribute('lang', lang, { timeout: 45_000 });
      expect(await look(current)).not.toEqual(await look(page.locator('.lang-switch__btn[aria-pressed="false"]')));
      // The chosen curated walk is a pressed toggle in a list of unpressed ones.
      await page.locator('.curated--folded > summary').click();
      const pressed = page.locator('.curated__item[aria-pressed="true"]');
      await expect(pressed).toHaveCount(1, { timeout: 45_000 });
      expect(await look(pressed)).not.toEqual(await look(page.locator('.curated__item[aria-pressed="false"]').first()));
      await page.screenshot({ path: `${SHOTS}/forced-${lang}-desktop.png` });
    });
  }

  test('the trip’s time meter: its fill, and over budget (en)', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ forcedColors: 'active' });
    await openApp(page, '?lang=en&panel=trip');
    await page.getByRole('spinbutton', { name: L.en.budget }).fill('240');
    await proposeTrip(page, 'en');
    const bar = page.getByRole('meter', { name: L.en.meter });
    const fill = bar.locator('.trip-budget__fill');
    const inBudget = await look(fill);
    expect(inBudget.background).not.toBe((await look(bar)).background);
    expect((await look(bar)).borders).not.toBe('none, none, none, none');
    // A pressed lock next to an unpressed one.
    const locks = page.locator('.trip-stop .icon-btn[aria-pressed]');
    await locks.first().click();
    await expect(locks.first()).toHaveAttribute('aria-pressed', 'true', { timeout: 45_000 });
    expect(await look(locks.first())).not.toEqual(await look(locks.nth(1)));
    await page.getByRole('spinbutton', { name: L.en.budget }).fill('60');
    await expect(page.getByTestId('trip-budget')).toHaveClass(/trip-budget--over/, { timeout: 45_000 });
    expect(await look(fill)).not.toEqual(inBudget);
    await page.getByTestId('trip-budget').screenshot({ path: `${SHOTS}/forced-en-meter-over.png` });
  });

  test('the current site in the list, and the highlighted search result (en)', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ forcedColors: 'active' });
    await openApp(page, '?lang=en&site=ton-lamyai-market');
    const current = page.locator('.site-list__item[aria-current="true"]');
    await expect(current).toHaveCount(1, { timeout: 45_000 });
    expect(await look(current)).not.toEqual(await look(page.locator('.site-list__item:not([aria-current])').first()));
    const box = page.getByRole('combobox', { name: 'Search sites in Thai or English' });
    await box.fill('market');
    await box.press('ArrowDown');
    const active = page.locator('.search__option[aria-selected="true"]');
    await expect(active).toHaveCount(1, { timeout: 45_000 });
    expect(await look(active)).not.toEqual(await look(page.locator('.search__option[aria-selected="false"]').first()));
  });

  test('the bottom sheet’s handle on a phone (th)', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ forcedColors: 'active' });
    await openApp(page, '?lang=th');
    const bar = page.locator('.sheet-handle__bar');
    await expect(bar).toBeVisible({ timeout: 45_000 });
    expect((await look(bar)).background).not.toBe((await look(page.locator('.sheet-handle'))).background);
    await page.screenshot({ path: `${SHOTS}/forced-th-phone.png` });
  });
});

test.describe('at 400 % zoom (320 × 256)', () => {
  for (const lang of LANGS) {
    test(`the tabs and the panel’s first line are in view, nothing scrolls sideways, every tab works from the keyboard (${lang})`, async ({ page }) => {
      await page.setViewportSize(ZOOMED);
      await openApp(page, `?lang=${lang}`);
      const inView = async (loc: Locator, minHeight: number) => {
        const box = (await loc.boundingBox())!;
        const sheet = (await page.locator('.panel__body').boundingBox())!;
        const top = Math.max(box.y, sheet.y, 0);
        const bottom = Math.min(box.y + box.height, sheet.y + sheet.height, ZOOMED.height);
        return { left: box.x >= 0, right: box.x + box.width <= ZOOMED.width, visibleHeight: bottom - top >= minHeight };
      };
      const ok = { left: true, right: true, visibleHeight: true };
      // Tab in from the top of the page: the selected tab takes the focus within a few steps.
      let steps = 0;
      while (!(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')) && steps++ < 12) await page.keyboard.press('Tab');
      const tabs = page.getByRole('tab');
      await expect(tabs.first()).toBeFocused({ timeout: 45_000 });
      const names = await tabs.allTextContents();
      for (let i = 0; i < names.length; i++) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        const tab = tabs.nth(i);
        await expect(tab).toBeFocused({ timeout: 45_000 });
        await expect(tab).toHaveAttribute('aria-selected', 'true', { timeout: 45_000 });
        for (let j = 0; j < names.length; j++) expect({ tab: names[j], ...(await inView(tabs.nth(j), 20)) }).toEqual({ tab: names[j], ...ok });
        const panel = page.locator(`#${await tab.getAttribute('aria-controls')}`);
        const first = panel.locator(':scope > :not(.visually-hidden)').first();
        await expect(first).toBeVisible({ timeout: 90_000 });
        await expect(panel.getByText(/…$/)).toHaveCount(0, { timeout: 90_000 }); // not the loading line
        expect(await page.locator('.panel__body').evaluate((b) => b.scrollTop)).toBe(0);
        expect({ panel: names[i], ...(await inView(first, 20)) }).toEqual({ panel: names[i], ...ok });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(ZOOMED.width);
        await page.screenshot({ path: `${SHOTS}/zoom400-${lang}-${i}.png` });
      }
      expect(await axe(page)).toEqual([]);
      // Settings opens on the screen, not past its left edge.
      await page.locator('.settings > summary').click();
      await expect(page.locator('.settings__body')).toBeVisible({ timeout: 45_000 });
      const box = (await page.locator('.settings__body').boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(ZOOMED.width);
      await page.screenshot({ path: `${SHOTS}/zoom400-${lang}-settings.png` });
    });
  }
});

test.describe('the top bar and Thai headings', () => {
  for (const size of [DESKTOP, PHONE]) {
    test(`the top bar’s focus ring is at least 3:1 against the bar (${size.width} px)`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page, '?lang=th');
      const bar = await page.locator('.topbar').evaluate((el) => getComputedStyle(el).backgroundColor);
      const seen: string[] = [];
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (!el.closest('.topbar') || !el.matches(':focus-visible')) return null;
          const cs = getComputedStyle(el);
          return { name: el.textContent!.trim(), style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), colour: cs.outlineColor };
        });
        if (!ring) continue;
        seen.push(ring.name);
        expect(ring.style).not.toBe('none');
        expect(ring.width).toBeGreaterThanOrEqual(2);
        expect(contrast(ring.colour, bar), `${ring.name}: ${ring.colour} on ${bar}`).toBeGreaterThanOrEqual(3);
        if (size === DESKTOP) await page.locator('.topbar').screenshot({ path: `${SHOTS}/topbar-focus-${seen.length}.png` });
      }
      // The About button, Settings and both languages.
      expect(seen.length).toBeGreaterThanOrEqual(4);
    });
  }

  test('Thai headings of every level have a line height of at least 1.5 (the research panel and the About dialog)', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await openApp(page, '?lang=th&panel=research');
    await expect(page.getByTestId('coverage-table')).toBeVisible({ timeout: 90_000 });
    await page.getByRole('button', { name: L.th.about }).click();
    await expect(page.getByRole('dialog')).toBeVisible({ timeout: 45_000 });
    const heights = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((els) =>
      els
        .filter((e) => e.getClientRects().length > 0 && e.closest(':lang(th)'))
        .map((e) => {
          const cs = getComputedStyle(e);
          return { tag: e.tagName, text: e.textContent!.slice(0, 30), ratio: Math.round((parseFloat(cs.lineHeight) / parseFloat(cs.fontSize)) * 100) / 100 };
        }),
    );
    expect(heights.map((h) => h.tag)).toContain('H4');
    expect(heights.filter((h) => !(h.ratio >= 1.5))).toEqual([]);
  });
});

test.describe('axe in states the other tests do not reach', () => {
  for (const lang of LANGS) {
    test(`the walk's print view while printing (${lang})`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await openApp(page, `?lang=${lang}&walk=old-city-and-the-moat`);
      await page.evaluate(() => (window.print = () => undefined));
      await page.getByRole('button', { name: L[lang].printWalk }).click();
      const sheet = page.getByTestId('print-view');
      await expect(sheet).toHaveAttribute('data-print-status', 'ready', { timeout: 90_000 });
      expect(await axe(page)).toEqual([]);
      expect(await axePrinted(page, 'print-view')).toEqual([]);
    });

    test(`the trip handout while printing (${lang})`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await openApp(page, `?lang=${lang}&panel=trip`);
      await proposeTrip(page, lang);
      await page.evaluate(() => (window.print = () => undefined));
      await page.getByRole('button', { name: L[lang].printTrip }).click();
      const sheet = page.getByTestId('trip-handout');
      await expect(sheet).toHaveAttribute('data-print-status', 'ready', { timeout: 90_000 });
      expect(await axe(page)).toEqual([]);
      expect(await axePrinted(page, 'trip-handout')).toEqual([]);
    });

    test(`the waterway card (${lang})`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await openApp(page, `?lang=${lang}&way=mae-kha`);
      await expect(page.getByTestId('feature-card')).toBeVisible({ timeout: 45_000 });
      expect(await axe(page)).toEqual([]);
    });

    test(`Settings open, desktop and phone (${lang})`, async ({ page }) => {
      for (const size of [DESKTOP, PHONE]) {
        await page.setViewportSize(size);
        await openApp(page, `?lang=${lang}`);
        await page.locator('.settings > summary').click();
        const body = page.locator('.settings__body');
        await expect(body).toBeVisible({ timeout: 45_000 });
        const box = (await body.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        expect(await axe(page)).toEqual([]);
      }
      await page.screenshot({ path: `${SHOTS}/settings-${lang}-phone.png` });
    });

    test(`the research import preview (${lang})`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await openApp(page, `?lang=${lang}&panel=research`);
      await page.getByLabel(L[lang].sitesFile).setInputFiles(new URL('../fixtures/import/comma-thai.csv', import.meta.url).pathname);
      await expect(page.getByTestId('import-preview')).toContainText('comma-thai.csv', { timeout: 45_000 });
      expect(await axe(page)).toEqual([]);
    });

    test(`the walk, trip and research panels on a 390 px phone (${lang})`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await openApp(page, `?lang=${lang}&walk=water-and-environment`);
      await expect(page.getByTestId('walk-summary')).toBeVisible({ timeout: 90_000 });
      expect(await axe(page)).toEqual([]);
      await page.getByRole('tab', { name: L[lang].trip }).click();
      await proposeTrip(page, lang);
      expect(await axe(page)).toEqual([]);
      await page.goto(`./?lang=${lang}&panel=research`);
      await expect(page.getByTestId('coverage-table')).toBeVisible({ timeout: 90_000 });
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/research-${lang}-phone.png` });
    });

    test(`a shared trip’s itinerary (${lang})`, async ({ page, browser }) => {
      await page.setViewportSize(DESKTOP);
      await openApp(page, `?lang=${lang}&panel=trip`);
      await proposeTrip(page, lang);
      const link = await page.getByRole('textbox', { name: L[lang].link }).inputValue();
      const context = await browser.newContext({ viewport: DESKTOP });
      const pupil = await context.newPage();
      await openApp(pupil, new URL(link).search);
      await expect(pupil.getByTestId('trip-itinerary')).toBeVisible({ timeout: 45_000 });
      expect(await axe(pupil)).toEqual([]);
      await context.close();
    });

    test(`the About dialog (${lang})`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await openApp(page, `?lang=${lang}`);
      await page.getByRole('button', { name: L[lang].about }).click();
      await expect(page.getByRole('dialog')).toBeVisible({ timeout: 45_000 });
      expect(await axe(page)).toEqual([]);
    });

    test(`forced colours on, explore and trip (${lang})`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ forcedColors: 'active' });
      await openApp(page, `?lang=${lang}`);
      expect(await axe(page)).toEqual([]);
      await page.getByRole('tab', { name: L[lang].trip }).click();
      await proposeTrip(page, lang);
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/forced-${lang}-trip.png` });
    });
  }
});

test('screenshots to look at: phone, zoomed and desktop, Thai and English, forced colours off and on', async ({ page }) => {
  for (const size of [ZOOMED, PHONE, DESKTOP]) {
    for (const lang of LANGS) {
      await page.setViewportSize(size);
      await page.emulateMedia({ forcedColors: 'none' });
      await openApp(page, `?lang=${lang}&panel=research`);
      await expect(page.getByTestId('coverage-key')).toBeAttached({ timeout: 90_000 });
      await page.screenshot({ path: `${SHOTS}/look-${lang}-${size.width}.png` });
      if (size === DESKTOP) await page.getByTestId('coverage-key').screenshot({ path: `${SHOTS}/look-${lang}-key.png` });
      await page.emulateMedia({ forcedColors: 'active' });
      await page.screenshot({ path: `${SHOTS}/look-${lang}-${size.width}-forced.png` });
      if (size === DESKTOP) await page.getByTestId('coverage-key').screenshot({ path: `${SHOTS}/look-${lang}-key-forced.png` });
    }
  }
});
