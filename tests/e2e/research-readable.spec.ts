/**
 * The Research tab read on a phone (390 px) and a desktop (1366 px), in Thai and in English, with
 * suggestions shown: a short gap's two ends differ and its length is given (as the report writes
 * it); each suggestion says where it is; the chart's labels are legible and it says where it
 * clips; the panel is never wider than the screen; the map key shows the suggestion marker, which
 * the map draws in its own colour; axe finds nothing in the panel.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SUGGESTION_STYLE } from '../../src/map/coverage-layers';
import { countMapPixels, hexToRgb, openApp, skipWithoutChromium, watchConsole } from './app-driver';

skipWithoutChromium();

const WAIT = { timeout: 120_000 };
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } } as const;

const UI = {
  en: {
    suggest: 'Suggest',
    focus: 'Details for',
    /** A gap: "km 1.19–1.21 (25 m); nearest: …". */
    gap: /^km (\d+\.\d{2,3})–(\d+\.\d{2,3}) \(([\d.,]+) (m|km)\); nearest: \S/,
    /** A suggestion: its letter, its gain, its waterway and km, then a named place or its coordinates. */
    suggestion:
      /^Suggestion ([A-J]): covers [\d.,]+ k?m more; (?:on the \S.* |[\d.,]+ k?m from the \S.* )at km \d+\.\d{2}, (?:near \S.* \([\d.,]+ k?m\)|1\d\.\d{5}, 9\d\.\d{5} \(no named place within 400 m\))$/,
    clipped: 'Distances over 1.6 km are drawn at the top edge',
  },
  th: {
    suggest: 'แนะนำ',
    focus: 'รายละเอียดของ',
    gap: /^ช่วง กม\. (\d+\.\d{2,3})–(\d+\.\d{2,3}) \(ยาว ([\d.,]+) (ม\.|กม\.)\) สถานที่ที่ใกล้ที่สุดคือ \S/,
    suggestion:
      /^ตำแหน่งแนะนำ ([A-J]): ครอบคลุมเพิ่ม [\d.,]+ (?:กม\.|ม\.) (?:อยู่บน\S.* ที่|ห่างจาก\S.* [\d.,]+ (?:กม\.|ม\.) ตรง) กม\. \d+\.\d{2} (?:ใกล้\S.* \([\d.,]+ (?:กม\.|ม\.)\)|ที่พิกัด 1\d\.\d{5}, 9\d\.\d{5} \(ไม่มีสถานที่ที่มีชื่อในรัศมี 400 ม\.\))$/,
    clipped: 'ระยะที่เกิน 1.6 กม. วาดไว้ที่ขอบบนของแผนภูมิ',
  },
} as const;

/** The gaps of one waterway as the panel lists them: both ends, the length in metres. */
async function gapRows(page: Page, lang: 'en' | 'th', waterway: string) {
  await page.getByRole('combobox', { name: UI[lang].focus }).selectOption(waterway);
  const rows = await page.getByTestId('coverage-gaps').locator('li').allTextContents();
  return rows.map((text) => {
    const m = UI[lang].gap.exec(text.trim());
    if (!m) return { text, from: '', to: '', metres: NaN };
    const km = m[4] === 'km' || m[4] === 'กม.';
    return { text, from: m[1]!, to: m[2]!, metres: Number(m[3]!.replace(/,/g, '')) * (km ? 1000 : 1) };
  });
}

for (const lang of ['en', 'th'] as const) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    test.describe(`research panel, ${lang}, ${size} (${viewport.width} px)`, () => {
      // One page per language and size, opened once; a failure restarts it for the tests after.
      test.describe.configure({ timeout: 360_000 });
      let page: Page;
      let errors: string[];

      test.beforeAll(async ({ browser }) => {
        // A context of its own: AxeBuilder needs one (browser.newPage() has none it can use).
        page = await (await browser.newContext({ viewport })).newPage();
        errors = watchConsole(page);
        await openApp(page, `?lang=${lang}&panel=research`);
        await expect(page.getByTestId('research-panel')).toHaveAttribute('aria-busy', 'false', WAIT);
        await expect(page.getByTestId('coverage-headline')).toBeVisible(WAIT);
        await page.getByRole('button', { name: UI[lang].suggest, exact: true }).click();
        await expect(page.getByTestId('suggestions').locator('li')).toHaveCount(3, WAIT);
      });

      test.afterAll(async () => {
        // For review: the whole panel in one picture (a tall window), the map with its markers beside it on a desktop.
        if (size === 'phone') {
          await page.locator('.sheet-handle').click();
          await expect(page.locator('.panel')).toHaveAttribute('data-snap', 'full', { timeout: 45_000 });
        }
        await page.getByRole('combobox', { name: UI[lang].focus }).selectOption('mae-kha');
        const tall = await page.getByTestId('research-panel').evaluate((el) => {
          // The panel scrolls in its body on a phone (a bottom sheet), as a whole on a desktop.
          const body = el.closest('.panel__body')!;
          const box = getComputedStyle(body).overflowY === 'auto' ? body : el.closest('.panel')!;
          box.scrollTo(0, 0);
          return box.scrollHeight;
        });
        await page.setViewportSize({ width: viewport.width, height: Math.min(6000, tall + (size === 'phone' ? 240 : 120)) });
        await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', WAIT);
        await page.screenshot({ path: `screens/research-readable-${lang}-${size}.png` });
        await page.context().close();
      });

      test('the chart fills the panel, its labels are legible and inside it, and it says where it clips', async () => {
        const chart = page.getByTestId('coverage-chart');
        await expect(chart).toBeVisible({ timeout: 45_000 });
        const look = await chart.evaluate((svg: SVGSVGElement) => {
          const box = svg.getBoundingClientRect();
          const scale = box.width / svg.viewBox.baseVal.width;
          const texts = [...svg.querySelectorAll('text')];
          const panel = svg.closest('[data-testid="research-panel"]')!.getBoundingClientRect();
          return {
            share: box.width / panel.width,
            smallest: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
            outside: texts.map((t) => ({ t: t.textContent, r: t.getBoundingClientRect() })).filter(({ r }) => r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom).map(({ t }) => t),
            top: texts.map((t) => t.textContent ?? '').filter((t) => t.endsWith('+')),
          };
        });
        expect(look.share).toBeGreaterThan(0.9);
        expect(look.smallest).toBeGreaterThanOrEqual(12);
        expect(look.outside).toEqual([]);
        // The main stem's farthest walks (kilometres, where the street data stops) lie beyond the axis.
        expect(look.top).toEqual(['1,600+']);
        await expect(page.getByTestId('chart-notes')).toContainText(UI[lang].clipped, { timeout: 45_000 });
      });

      test('a short gap shows two different ends and its length, in the report’s words', async () => {
        // The moat has a 25 m gap near km 1.2 (it read "1.2 km – 1.2 km"); every gap is checked.
        for (const waterway of ['khu-mueang', 'mae-kha']) {
          const rows = await gapRows(page, lang, waterway);
          expect(rows.length).toBeGreaterThan(0);
          for (const r of rows) {
            expect(r.from, r.text).not.toBe('');
            expect(r.from, r.text).not.toBe(r.to);
            expect(Number(r.to), r.text).toBeGreaterThan(Number(r.from));
            // The length agrees with the ends (to 10 m; a length over a kilometre is given to 100 m).
            expect(Math.abs(r.metres - (Number(r.to) - Number(r.from)) * 1000), r.text).toBeLessThanOrEqual(r.metres >= 1000 ? 60 : 10);
          }
          if (waterway === 'khu-mueang') expect(rows.some((r) => r.metres < 50)).toBe(true);
        }
      });

      test('each suggestion says where it is: its letter, its waterway and kilometre, a named place or coordinates', async () => {
        const items = page.getByTestId('suggestions').locator('li');
        const texts = await items.locator('> span').allTextContents();
        expect(texts).toHaveLength(3);
        texts.forEach((text, i) => {
          const m = UI[lang].suggestion.exec(text);
          expect(m, text).not.toBeNull();
          expect(m![1]).toBe('ABC'[i]);
        });
        // Each row shows the map's marker with its letter; the map key shows it too.
        await expect(items.locator('[data-marker="suggestion"]')).toHaveText(['A', 'B', 'C'], { timeout: 45_000 });
        await expect(page.getByTestId('coverage-key').locator('[data-marker="suggestion"]')).toHaveCount(1, { timeout: 45_000 });
        if (size === 'desktop') {
          // The map draws the suggestions in their own colour (not the clusters' or the what-if sites').
          await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', WAIT);
          expect(await countMapPixels(page, hexToRgb(SUGGESTION_STYLE.colour), 30)).toBeGreaterThan(30);
        }
      });

      test('nothing in the panel is wider than it, and the page does not scroll sideways', async () => {
        const look = await page.evaluate(() => {
          const panel = document.querySelector('[data-testid="research-panel"]')!;
          const p = panel.getBoundingClientRect();
          // The panel scrolls in its body on a phone (a bottom sheet), as a whole on a desktop.
          const scrollers = [panel.closest('.panel__body')!, panel.closest('.panel')!];
          const over = [...panel.querySelectorAll('*')]
            .map((e) => ({ e, r: e.getBoundingClientRect() }))
            .filter(({ r }) => r.width > 0 && r.height > 0 && (r.left < p.left - 0.5 || r.right > p.right + 0.5))
            .map(({ e, r }) => `${e.tagName.toLowerCase()}.${e.getAttribute('class') ?? ''} ${r.left.toFixed(1)}–${r.right.toFixed(1)} (panel ${p.left}–${p.right})`);
          return { page: document.documentElement.scrollWidth, sheet: Math.max(...scrollers.map((e) => e.scrollWidth - e.clientWidth)), over };
        });
        expect(look.over).toEqual([]);
        expect(look.sheet).toBeLessThanOrEqual(0);
        expect(look.page).toBeLessThanOrEqual(viewport.width);
      });

      test('axe finds no violations in the panel with suggestions shown', async () => {
        await expect(page.getByTestId('suggestions').locator('li')).toHaveCount(3, { timeout: 45_000 });
        const result = await new AxeBuilder({ page }).include('[data-testid="research-panel"]').exclude('.maplibregl-canvas').analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
        expect(errors).toEqual([]);
      });
    });
  }
}
