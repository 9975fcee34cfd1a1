/**
 * Following on the real walking network, through the store: start, a new route from the walker's
 * place (on the device), a plan changed mid-walk, and the honest failures.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadEmbeddedData } from '../../src/data';
import { withFix } from '../../src/domain/follow/session';
import { pointAlong } from '../../src/domain/follow/track';
import { meters, type LngLat } from '../../src/domain/types';
import { planarDistance } from '../../src/domain/network/directions/geometry';
import { createAppStore, type AppStore } from '../../src/store';
import { followWalk, rerouteHere, stopFollowing } from '../../src/ui/follow/actions';

const STOPS = ['warorot-market', 'tha-phae-gate', 'somphet-market'];
let store: AppStore;

async function walking(): Promise<AppStore> {
  store = createAppStore({ data: loadEmbeddedData(), locale: 'en', panel: 'walk', walk: { stops: STOPS } });
  await store.getState().loadNetwork();
  expect(followWalk(store)).toBe(true);
  return store;
}
const fix = (point: LngLat, time = 0) => store.setState((s) => ({ follow: withFix(s.follow!, { point, accuracy: meters(6), time }) }));

afterEach(() => stopFollowing(store));

describe('following a planned walk', () => {
  it('follows the walk’s legs, with directions in both languages', async () => {
    const s = (await walking()).getState().follow!;
    expect(s.stops.map((x) => x.id)).toEqual(STOPS);
    expect(s.lines).toHaveLength(2);
    expect(s.steps.th[0]![0]!.text).toMatch(/^เริ่มต้นที่ตลาดวโรรส/);
    expect(s.steps.en[0]![0]!.text).toMatch(/^Start at Warorot Market/);
  });

  it('routes anew from the walker’s place to the stop ahead, and says when it cannot', async () => {
    await walking();
    const line = store.getState().follow!.lines[0]!;
    fix(pointAlong(line, line.length / 2));
    const before = store.getState().follow!.lines[0]!.length;
    const result = rerouteHere(store);
    expect(result.ok).toBe(true);
    const after = store.getState().follow!;
    expect(after.reroutes).toBe(1);
    expect(after.lines[0]!.length).toBeLessThan(before);
    expect(after.steps.en[0]![0]!.text).toMatch(/^Start at your position/);
    // 3 km from any mapped street: no new route, said so.
    fix([99.03, 18.79], 1);
    expect(rerouteHere(store)).toEqual({ ok: false, reason: 'far' });
  });

  it('follows the changed walk from where the walker is, past the stops already reached, and stops when nothing is left to walk', async () => {
    await walking();
    // Reached the second stop, and a little way on towards the third.
    const first = store.getState().follow!.lines[0]!;
    fix(first.points.at(-1)!, 1);
    expect(store.getState().follow!.state.leg).toBe(1);
    const second = store.getState().follow!.lines[1]!;
    const here = pointAlong(second, 40);
    fix(here, 2);
    store.getState().addStop('jaeng-si-phum');
    const changed = store.getState().follow!;
    expect(changed.stops.map((x) => x.id)).toEqual([...STOPS, 'jaeng-si-phum']);
    // On to the third stop (not back to the second), on a new leg that starts where the walker is.
    expect(changed.state.leg).toBe(1);
    expect(changed.reroutes).toBe(1);
    expect(changed.state.good?.point).toEqual(here);
    expect(planarDistance(changed.lines[1]!.points[0]!, here)).toBeLessThan(30);
    store.getState().removeStop('tha-phae-gate');
    store.getState().removeStop('somphet-market');
    store.getState().removeStop('jaeng-si-phum');
    expect(store.getState().follow ?? null).toBeNull();
  });

  it('ends when the walker leaves the tab, so the position is never watched out of sight', async () => {
    await walking();
    store.getState().setPanel('explore');
    expect(store.getState().follow ?? null).toBeNull();
  });
});
