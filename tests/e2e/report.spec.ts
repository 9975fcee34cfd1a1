/**
 * The coverage report, printed to PDF in the browser as a researcher saves it: its figures are the
 * panel's, it names the places at the gaps' ends and the suggested sites, it cites its sources,
 * and its QR code reopens the same analysis (an imported file excepted, which the report says).
 */
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { openApp, skipWithoutChromium, watchConsole } from './app-driver';
import { foldPdfText as squash, pdfText, readQr, savePdfPages } from './print-driver';

skipWithoutChromium();

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const A4 = { width: 794, height: 1123 };
/** Printing waits for the worker's suggestions and a map drawn off-screen: slow on a busy machine. */
const PRINT_READY = { timeout: 180_000 };
const fixture = (name: string) => new URL(`../fixtures/import/${name}`, import.meta.url).pathname;

const UI = {
  en: { print: 'Print the report', th: 'Thai', en: 'English', both: 'Thai and English side by side' },
  th: { print: 'พิมพ์รายงาน', th: 'ไทย', en: 'อังกฤษ', both: 'ไทยและอังกฤษคู่กัน' },
} as const;

async function coverageSettled(page: Page) {
  await expect(page.getByTestId('research-panel')).toHaveAttribute('aria-busy', 'false', PRINT_READY);
  await expect(page.getByTestId('coverage-headline')).toBeVisible(PRINT_READY);
}

/** The panel's headline figures: the main stem's percentage, and its covered and total length. */
async function panelHeadline(page: Page): Promise<{ text: string; figures: string[] }> {
  const text = (await page.getByTestId('coverage-headline').locator('strong').textContent())!;
  const figures = [...text.matchAll(/\d[\d.,]*\s?(?:%|km|m|กม\.|ม\.)/g)].map((m) => m[0]);
  return { text, figures };
}

/** Chooses the report's language and prints; resolves with the report once its map and QR code are in. */
async function printReport(page: Page, ui: (typeof UI)['en' | 'th'], choice: 'th' | 'en' | 'both'): Promise<Locator> {
  await page.evaluate(() => (window.print = () => undefined));
  const controls = page.getByTestId('report-controls');
  await controls.getByRole('radio', { name: ui[choice], exact: true }).check();
  await controls.getByRole('button', { name: ui.print }).click();
  const report = page.getByTestId('coverage-report');
  await expect(report).toHaveAttribute('data-print-status', 'ready', PRINT_READY);
  await expect(report).toHaveAttribute('data-qr-ready', 'true', PRINT_READY);
  return report;
}

/** Emulates print at A4, saves the PDF's pages as pictures, and returns its text. */
async function toPdf(page: Page, browser: Browser, name: string): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(A4);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const out = await pdfText(pdf);
  await savePdfPages(browser, pdf, `screens/${name}`);
  console.log(`[report] ${name}: ${out.pages} pages, ${pdf.length} bytes`);
  return out;
}

const CASES = [
  { ui: 'en', choice: 'en', viewport: DESKTOP, firstGapStart: 'Mae Kha bridge, Ring Road 2', osm: '© OpenStreetMap contributors' },
  { ui: 'th', choice: 'th', viewport: PHONE, firstGapStart: 'สะพานคลองแม่ข่า ถนนวงแหวนรอบ 2', osm: '© ผู้ร่วมให้ข้อมูล OpenStreetMap' },
  { ui: 'en', choice: 'both', viewport: PHONE, firstGapStart: 'สะพานคลองแม่ข่า ถนนวงแหวนรอบ 2', osm: '© ผู้ร่วมให้ข้อมูล OpenStreetMap' },
] as const;

for (const c of CASES) {
  test(`the default analysis as a report (${c.choice}, ${c.ui} interface, ${c.viewport.width} px): the panel's figures, the places, the sources, a QR code that reopens it`, async ({ page, browser }) => {
    test.setTimeout(480_000);
    const errors = watchConsole(page);
    await page.setViewportSize(c.viewport);
    await openApp(page, `?lang=${c.ui}&panel=research`);
    await coverageSettled(page);
    const headline = await panelHeadline(page);
    expect(headline.figures.length).toBeGreaterThanOrEqual(3);
    const mainGaps = await page.getByTestId('coverage-gaps').locator('li').count();
    // The panel's straight-line comparison, which the report repeats.
    await page.getByLabel(/Compare with straight-line|เทียบกับการวัดระยะเส้นตรง/).check();
    await expect(page.getByTestId('research-panel')).toHaveAttribute('aria-busy', 'false', PRINT_READY);
    const straight = (await page.locator('[data-waterway="khu-mueang"] td').nth(2).textContent())!.trim();
    expect(straight).toMatch(/%$/);

    const report = await printReport(page, UI[c.ui], c.choice);
    // The report asked for the default suggestions first; the panel shows the same ones.
    const gains = (await page.getByTestId('suggestions').locator('li').allTextContents()).map((t) => /(\d[\d.,]*\s?(?:km|m|กม\.|ม\.))/.exec(t)![1]!);
    expect(gains).toHaveLength(3);
    await page.screenshot({ path: `screens/report-${c.choice}-panel.png` });
    const qr = await report.getByTestId('report-qr').getAttribute('src');
    const gapRows = await report.locator('[data-testid="report-gaps"]').first().locator('li').allTextContents();
    const { pages, text } = await toPdf(page, browser, `report-${c.choice}-pdf`);
    const flat = squash(text);

    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(c.choice === 'both' ? 8 : 5);
    // The headline figures are the panel's.
    for (const figure of headline.figures) expect(flat).toContain(squash(figure));
    // Every gap on the main stem the panel lists is in the report, the first starting at the canal's head (Ring Road 2).
    const mainRows = gapRows.filter((r) => /^(Khlong Mae Kha \(Mae Kha canal\)|คลองแม่ข่า):/.test(r));
    expect(mainRows).toHaveLength(mainGaps);
    expect(flat).toContain(squash(c.firstGapStart));
    for (const row of gapRows) expect(flat).toContain(squash(row));
    // The suggestions, with the gains the panel shows, each placed by waterway and coordinates.
    for (const gain of gains) expect(flat).toContain(squash(gain));
    expect(flat).toContain(squash(c.choice === 'th' ? 'ตำแหน่งแนะนำ C (พิกัด' : 'Suggestion C ('));
    expect(text).toMatch(/18\.\d{5}, 98\.\d{5}/);
    // Where kilometre 0 is; the moat's straight-line figure is the panel's; the total row.
    expect(text).toContain(straight);
    expect(flat).toContain(squash(c.choice === 'th' ? 'ลำน้ำทั้งหมดที่วัด' : 'All measured waterways'));
    expect(flat).toContain(squash(c.choice === 'th' ? 'กม. 0 อยู่ใกล้' : '0 km near'));
    // Sources and licences, the data's version, the date.
    expect(flat).toContain(squash(c.osm));
    expect(text).toContain('ODbL');
    expect(flat).toMatch(new RegExp(`${c.choice === 'en' ? 'data' : squash('ข้อมูลเวอร์ชัน')}[0-9a-f]{10}`));
    // Thai dates in the Buddhist era with พ.ศ. before the year (1 ธันวาคม พ.ศ. 2569), English day-month-year.
    const today = (locale: string, options: Intl.DateTimeFormatOptions) => squash(new Intl.DateTimeFormat(locale, options).format(new Date()));
    if (c.choice !== 'en') expect(flat).toContain(today('th-TH', { day: 'numeric', month: 'long', year: 'numeric', era: 'short' }));
    if (c.choice !== 'en') expect(flat).toContain(squash('พ.ศ.'));
    if (c.choice !== 'th') expect(flat).toContain(today('en-GB', { dateStyle: 'long' }));
    if (c.choice !== 'th') expect(flat).toContain(squash('Learning-site coverage of the Mae Kha canal'));
    if (c.choice !== 'en') expect(flat).toContain(squash('ความครอบคลุมของแหล่งเรียนรู้ตามแนวคลองแม่ข่า'));

    // The QR code reopens this analysis, every parameter written out, in a fresh browser.
    const link = readQr(qr!);
    console.log(`[report] QR code: ${link}`);
    expect(link).toMatch(/[?&]cov_t=400&cov_s=25&cov_p=shortest&cov_snap=300&cov_cat=learning&data=[0-9a-f]{10}$/);
    expect(link).toContain(`lang=${c.choice === 'both' ? c.ui : c.choice}`);
    expect(flat).toContain(squash(link!));
    const fresh = await browser.newContext({ viewport: c.viewport });
    const again = await fresh.newPage();
    await openApp(again, link!.replace(/^http:\/\/127\.0\.0\.1:4173\//, ''));
    await coverageSettled(again);
    if (c.choice === c.ui) expect((await panelHeadline(again)).text).toBe(headline.text);
    else expect((await panelHeadline(again)).figures).toEqual(headline.figures);
    await expect(again.locator('[data-notice]')).toHaveCount(0);
    if (c.choice === 'en') {
      // Made with other data: the app says the figures may differ.
      await openApp(again, link!.replace(/^http:\/\/127\.0\.0\.1:4173\//, '').replace(/data=[0-9a-f]{10}/, 'data=0000000000'));
      await expect(again.locator('[data-notice="bad-link-dataVersion"]')).toContainText('saved with data version 0000000000');
    }
    await fresh.close();
    expect(errors).toEqual([]);
  });
}

test('a report with an imported CSV and two what-if sites, in both languages: the link carries the what-ifs and says the file must be imported again', async ({ page, browser }) => {
  test.setTimeout(480_000);
  const errors = watchConsole(page);
  await page.setViewportSize(DESKTOP);
  // Two what-if sites on uncovered stretches: the moat's north-west corner, the southern main stem.
  await openApp(page, '?lang=th&panel=research&cov_w=98.97823,18.79572;98.98179,18.76114');
  await coverageSettled(page);
  await expect(page.getByTestId('what-if-list').locator('li')).toHaveCount(2);
  await page.getByLabel('ไฟล์สถานที่ (CSV หรือ GeoJSON)').setInputFiles(fixture('comma-thai.csv'));
  await page.getByTestId('import-preview').getByRole('button', { name: 'ใช้ข้อมูลนี้' }).click();
  await expect(page.getByTestId('own-sites')).toContainText('comma-thai.csv');
  await coverageSettled(page);
  const headline = await panelHeadline(page);

  const report = await printReport(page, UI.th, 'both');
  await expect(report.getByTestId('report-what-if').first().locator('li')).toHaveCount(2);
  await expect(report.getByTestId('report-no-import').first()).toContainText('comma-thai.csv');
  // The file's sites are in the table of sites counted, with where they came from (checked on the
  // page too: pdf.js reads this PDF's "ฬ" as nothing). Printing closes the report, so before it.
  await expect(report.getByTestId('report-sites').first()).toContainText('วัดโลกโมฬี');
  const qr = await report.getByTestId('report-qr').getAttribute('src');
  const { text } = await toPdf(page, browser, 'report-import-pdf');
  const flat = squash(text);
  for (const figure of headline.figures) expect(flat).toContain(squash(figure));
  expect(flat).toContain(squash('สถานที่ที่นำเข้า: comma-thai.csv'));
  expect(flat).toContain(squash('Imported sites: comma-thai.csv'));
  expect(flat).toContain(squash('สถานที่สมมุติ 2: พิกัด 18.76114, 98.98179'));
  expect(flat).toContain(squash('What-if site 2: 18.76114, 98.98179'));
  expect(flat).toContain(squash('import comma-thai.csv again after opening it'));
  // The file's sites in the table of sites counted, with where they came from.
  expect(flat).toContain(squash('Wat Lok Molee'));
  expect(flat).toContain(squash('นำเข้าจาก comma-thai.csv'));

  const link = readQr(qr!)!;
  expect(link).toContain('cov_w=98.97823,18.79572;98.98179,18.76114');
  const fresh = await browser.newContext({ viewport: PHONE });
  const again = await fresh.newPage();
  await openApp(again, link.replace(/^http:\/\/127\.0\.0\.1:4173\//, ''));
  await coverageSettled(again);
  await expect(again.getByTestId('what-if-list').locator('li')).toHaveCount(2);
  // As the report says: import the file again, and the analysis is the printed one.
  await again.getByLabel('ไฟล์สถานที่ (CSV หรือ GeoJSON)').setInputFiles(fixture('comma-thai.csv'));
  await again.getByTestId('import-preview').getByRole('button', { name: 'ใช้ข้อมูลนี้' }).click();
  await coverageSettled(again);
  expect((await panelHeadline(again)).text).toBe(headline.text);
  await again.screenshot({ path: 'screens/report-import-reopened-phone.png' });
  await fresh.close();
  expect(errors).toEqual([]);
});
