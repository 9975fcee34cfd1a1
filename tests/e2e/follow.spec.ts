import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { FOLLOW_RULES } from '../../src/domain/follow/follow';
import { planarDistance } from '../../src/domain/network/directions/geometry';
import type { LngLat } from '../../src/domain/types';
import { POOR_FIX_COLOUR, POSITION_COLOUR, WALKED_COLOUR } from '../../src/map/follow-layers';
import { ROUTE_COLOUR } from '../../src/map/overlay-layers';
import { countMapPixels, findMapPixel, hexToRgb, openApp, skipWithoutChromium, watchConsole } from './app-driver';
import { beside, pointAlong, sitePoint, walkLegs } from './follow-route';

skipWithoutChromium();
test.use({ serviceWorkers: 'allow' });

const PHONE = { width: 390, height: 844 };
const STOPS = ['warorot-market', 'tha-phae-gate', 'somphet-market', 'jaeng-si-phum'];
const LEGS = walkLegs(STOPS);

const WORDS = {
  th: { start: 'เริ่มเดินตามเส้นทาง', arrived: 'ถึงประตูท่าแพแล้ว', to: /จุดแวะต่อไป: ตลาดสมเพชร/, poor: /คลาดเคลื่อนมาก/, off: /ห่างจากเส้นทาง/, reroute: 'หาเส้นทางใหม่จากตรงนี้', rerouted: /เส้นทางใหม่จากตรงนี้ไปตลาดสมเพชร/, finished: /เดินครบเส้นทาง/, where: 'ฉันอยู่ตรงไหนของคลอง', canal: /ตามลำคลอง .* · ห่างจากคลอง|อยู่บนคลอง/, nearest: /สถานที่ที่ใกล้ที่สุด: ตลาดวโรรส/, in: /^อีก / },
  en: { start: 'Start following', arrived: 'You have reached Tha Phae Gate', to: /Next stop: Somphet Market/, poor: /too rough/, off: /from the route/, reroute: 'Re-route from here', rerouted: /New route from here to Somphet Market/, finished: /walk is complete/, where: 'Where am I on the canal?', canal: /along the canal|on the canal/i, nearest: /Nearest site: Warorot Market/, in: /^In / },
} as const;

/** Waits until the map draws a colour (the walker's dot, the route walked): a real screenshot of the canvas. */
async function drawn(page: Page, hex: string, min = 40): Promise<void> {
  await expect.poll(() => countMapPixels(page, hexToRgb(hex), 24), { timeout: 45_000 }).toBeGreaterThan(min);
}

/** axe finds nothing in the page as it is (the map's canvas aside: its content is the list's too). */
async function noViolations(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/** Puts the device at a point and waits until the app has taken the fix. */
async function moveTo(page: Page, context: BrowserContext, point: LngLat, accuracy = 8): Promise<void> {
  const card = page.getByTestId('follow-card');
  const before = await card.getAttribute('data-fix-time');
  await context.setGeolocation({ longitude: point[0], latitude: point[1], accuracy });
  await expect(card).not.toHaveAttribute('data-fix-time', before ?? '');
}

for (const lang of ['th', 'en'] as const) {
  test(`a four-stop walk followed from start to end on a phone, offline (${lang})`, async ({ page, context }) => {
    test.setTimeout(480_000);
    const w = WORDS[lang];
    const errors = watchConsole(page);
    await page.setViewportSize(PHONE);
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ longitude: sitePoint(STOPS[0]!)[0], latitude: sitePoint(STOPS[0]!)[1], accuracy: 8 });
    await openApp(page, `?lang=${lang}&stops=${STOPS.join(',')}`);
    // Once the service worker has cached the app, the network goes.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 90_000 });
    await expect(page.getByTestId('walk-summary')).toBeVisible();
    const legSteps = await page.locator('.walk-leg').first().locator('.directions li').allTextContents();

    await page.getByRole('button', { name: w.start }).click();
    const card = page.getByTestId('follow-card');
    await expect(card.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(page.getByTestId('follow-fix')).not.toHaveText(/…/);
    await expect(page.getByTestId('follow-now')).toContainText(legSteps[0]!);
    // The map shows the walker and the route ahead.
    await drawn(page, POSITION_COLOUR);
    await drawn(page, ROUTE_COLOUR, 200);
    await noViolations(page);
    await page.screenshot({ path: `screens/follow-${lang}-phone-start.png` });

    // Along the first leg every 15 m: the step shown changes in the directions' order, and only
    // where the metres to the next step had run out.
    const leg = LEGS[0]!;
    const seen: string[] = [];
    let lastIn = Infinity;
    const end = leg.points.at(-1)!;
    for (let along = 5; along < leg.length; along += 15) {
      const at = pointAlong(leg, along);
      // Near the stop counts as there: the walk below arrives on purpose.
      if (planarDistance(at, end) < FOLLOW_RULES.arriveWithin + 5) break;
      await moveTo(page, context, at);
      const now = (await page.getByTestId('follow-now').textContent())!.replace(/^(ตอนนี้|Now)\s*/, '');
      if (seen.at(-1) !== now) {
        if (seen.length) expect(lastIn, `“${now}” began with ${lastIn} m still to go`).toBeLessThanOrEqual(20);
        seen.push(now);
      }
      const next = page.getByTestId('follow-next');
      const label = (await next.count()) ? await next.locator('.follow__label').textContent() : null;
      lastIn = label ? Number(label.replace(/[^\d.]/g, '')) * (/km|กม/.test(label) ? 1000 : 1) : 0;
    }
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual(legSteps.slice(0, seen.length));
    // The part walked is drawn apart from the part ahead.
    await drawn(page, WALKED_COLOUR);
    // The walker stays in the part of the map the sheet leaves visible.
    const dot = await findMapPixel(page, hexToRgb(POSITION_COLOUR), 24);
    const sheetTop = (await page.locator('.panel').boundingBox())!.y;
    expect(dot).not.toBeNull();
    expect(dot!.y).toBeLessThan(sheetTop);
    await page.screenshot({ path: `screens/follow-${lang}-phone-step.png` });

    // Arrival at the second stop: its card, and on to the next leg.
    await moveTo(page, context, sitePoint(STOPS[1]!));
    const arrival = page.getByTestId('follow-arrival');
    await expect(arrival.getByRole('heading', { level: 4 })).toHaveText(w.arrived);
    await expect(arrival).toContainText(lang === 'th' ? 'สิ่งที่เรียนรู้ได้ที่นี่' : 'What you can learn here');
    await expect(page.getByTestId('follow-to')).toHaveText(w.to);
    await expect(card).toHaveAttribute('data-leg', '1');
    await page.screenshot({ path: `screens/follow-${lang}-phone-arrived.png` });

    // A jump to the next stop with a poor fix decides nothing.
    await moveTo(page, context, sitePoint(STOPS[2]!), 200);
    await expect(page.getByTestId('follow-fix')).toHaveText(w.poor);
    await expect(card).toHaveAttribute('data-leg', '1');
    await expect(page.getByTestId('follow-to')).toHaveText(w.to);
    await drawn(page, POOR_FIX_COLOUR);
    await page.screenshot({ path: `screens/follow-${lang}-phone-poor-fix.png` });

    // A detour: 80 m off the route, for longer than the stated time, offers a new route from there.
    const second = LEGS[1]!;
    const before = await page.getByTestId('follow-to').textContent();
    await moveTo(page, context, beside(second, second.length / 3, 80));
    const off = page.getByTestId('follow-off-route');
    await expect(off).toContainText(w.off, { timeout: FOLLOW_RULES.offRouteAfter + 60_000 });
    await noViolations(page);
    await page.screenshot({ path: `screens/follow-${lang}-phone-off-route.png` });
    await off.getByRole('button', { name: w.reroute }).click();
    await expect(page.getByTestId('follow-rerouted')).toHaveText(w.rerouted);
    await expect(page.getByTestId('follow-rerouted')).toBeFocused();
    await expect(page.getByTestId('follow-now')).toContainText(lang === 'th' ? 'เริ่มต้นที่ตำแหน่งของคุณ' : 'Start at your position');
    await expect(off).toHaveCount(0);
    await expect(page.getByTestId('follow-to')).not.toHaveText(before!);
    await page.screenshot({ path: `screens/follow-${lang}-phone-rerouted.png` });

    // Where am I on the canal: on demand, from the last position.
    await page.getByRole('button', { name: w.where }).click();
    await expect(page.getByTestId('follow-where')).toContainText(w.canal);

    // The rest of the walk, stop by stop, to the end.
    await moveTo(page, context, sitePoint(STOPS[2]!));
    await expect(card).toHaveAttribute('data-leg', '2');
    await moveTo(page, context, pointAlong(LEGS[2]!, LEGS[2]!.length / 2));
    await moveTo(page, context, sitePoint(STOPS[3]!));
    await expect(page.getByTestId('follow-finished')).toHaveText(w.finished);
    await page.screenshot({ path: `screens/follow-${lang}-phone-finished.png` });
    await context.setOffline(false);
    expect(errors).toEqual([]);
  });
}

test('refused location is named, and the walk stays usable', async ({ page, context }) => {
  await page.setViewportSize(PHONE);
  await context.clearPermissions();
  await openApp(page, `?lang=th&stops=${STOPS.join(',')}`);
  await page.getByRole('button', { name: WORDS.th.start }).click();
  await expect(page.getByTestId('follow-problem')).toHaveText(/ไม่ได้รับอนุญาตให้ใช้ตำแหน่ง/);
  await expect(page.locator('.directions li').first()).toBeVisible();
  // The route is still drawn, with no position on it.
  await drawn(page, ROUTE_COLOUR, 200);
  expect(await countMapPixels(page, hexToRgb(POSITION_COLOUR), 24)).toBeLessThan(10);
  await page.screenshot({ path: 'screens/follow-th-phone-denied.png' });
  await page.getByRole('button', { name: 'หยุดเดินตามเส้นทาง' }).click();
  await expect(page.getByRole('button', { name: WORDS.th.start })).toBeFocused();
});

test('desktop, English: an opened trip is followed, and a reached stop shows the activities for the group’s grade', async ({ page, browser }) => {
  test.setTimeout(360_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page, '?lang=en&panel=trip');
  await page.getByRole('button', { name: 'Propose a trip' }).click();
  await expect(page.locator('.trip-stop')).not.toHaveCount(0);
  const shared = await page.getByRole('textbox', { name: 'Link to this trip' }).inputValue();
  const desk = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await desk.grantPermissions(['geolocation']);
  const teacher = await desk.newPage();
  const errors = watchConsole(teacher);
  await openApp(teacher, new URL(shared).search);
  const itinerary = teacher.getByTestId('trip-itinerary');
  const first = (await itinerary.locator('.trip-itinerary__stop').first().getAttribute('data-stop-id'))!;
  const activities = await itinerary.locator(`[data-stop-id="${first}"] .trip-activities li`).allTextContents();
  expect(activities.length).toBeGreaterThan(0);
  await desk.setGeolocation({ longitude: sitePoint(first)[0], latitude: sitePoint(first)[1], accuracy: 6 });
  await itinerary.getByRole('button', { name: 'Start following' }).click();
  const arrival = teacher.getByTestId('follow-arrival');
  await expect(arrival).toContainText('You have reached');
  await expect(arrival.locator('.trip-activities li')).toHaveText(activities);
  await drawn(teacher, POSITION_COLOUR);
  await teacher.screenshot({ path: 'screens/follow-en-desktop-trip-arrived.png' });
  await itinerary.getByRole('button', { name: 'Stop following' }).click();
  await expect(itinerary.getByRole('button', { name: 'Start following' })).toBeFocused();
  expect(errors).toEqual([]);
  await desk.close();
});
