// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FOLLOW_RULES, onFix, onTick, rerouted, startFollow, stepAt, type Fix } from '../../src/domain/follow/follow';
import { BACKTRACK, cutLeg, legLine, placeOnLeg, pointAlong } from '../../src/domain/follow/track';
import { planarDistance } from '../../src/domain/network/directions/geometry';
import { meters, type LngLat } from '../../src/domain/types';

/** Metres as degrees near Chiang Mai (18.79° N), for building test lines. */
const M_LAT = 1 / 111_195;
const M_LNG = 1 / (111_195 * Math.cos((18.79 * Math.PI) / 180));
const at = (east: number, north: number): LngLat => [99 + east * M_LNG, 18.79 + north * M_LAT];

// Leg 0: 200 m north, then 100 m east. Leg 1: 150 m further east.
const legs = [legLine([at(0, 0), at(0, 200), at(100, 200)]), legLine([at(100, 200), at(250, 200)])];
const fix = (point: LngLat, time: number, accuracy = 8): Fix => ({ point, accuracy: meters(accuracy), time });

describe('a leg as a line', () => {
  it('measures along it, places a position on it, and cuts it there', () => {
    expect(legs[0]!.length).toBeCloseTo(300, -0.5);
    const placed = placeOnLeg(legs[0]!, at(10, 150));
    expect(placed.along).toBeCloseTo(150, -0.5);
    expect(placed.offset).toBeCloseTo(10, -0.5);
    const { walked, ahead } = cutLeg(legs[0]!, 250);
    expect(walked).toHaveLength(3);
    expect(ahead[0]).toEqual(walked.at(-1));
    expect(planarDistance(ahead[0]!, at(50, 200))).toBeLessThan(1);
    expect(planarDistance(pointAlong(legs[0]!, 1e6), at(100, 200))).toBeLessThan(0.01);
  });

  it('never places the walker far behind where they were: a leg that comes back by the same corner', () => {
    // Out 100 m east and back along the same street, then north.
    const there = legLine([at(0, 0), at(100, 0), at(0, 0.5), at(0, 100)]);
    // Near the start, on the way back: along the return, not at the start.
    expect(placeOnLeg(there, at(20, 0), 150).along).toBeGreaterThan(150);
    expect(placeOnLeg(there, at(20, 0), 0).along).toBeLessThan(BACKTRACK);
  });
});

describe('following', () => {
  it('moves along the leg with good fixes and arrives within the stated distance of the stop', () => {
    let s = onFix(startFollow(), fix(at(2, 50), 0), legs);
    expect(s.quality).toBe('good');
    expect(s.along).toBeCloseTo(50, -0.5);
    s = onFix(s, fix(at(70, 201), 1000), legs);
    expect(s.leg).toBe(0);
    expect(s.arrivedLeg).toBeNull();
    // 24 m from the stop: arrived, and on to the next leg.
    s = onFix(s, fix(at(100 - FOLLOW_RULES.arriveWithin + 1, 200), 2000), legs);
    expect(s).toMatchObject({ leg: 1, along: 0, arrivedLeg: 0 });
    s = onFix(s, fix(at(249, 200), 3000), legs);
    expect(s).toMatchObject({ leg: 2, arrivedLeg: 1 });
  });

  it('lets a poor fix decide nothing: no arrival, no leaving the route, no move along', () => {
    const before = onFix(startFollow(), fix(at(0, 100), 0), legs);
    const poor = FOLLOW_RULES.goodAccuracy + 1;
    const atStop = onFix(before, fix(at(100, 200), 1000, poor), legs);
    expect(atStop).toMatchObject({ quality: 'poor', leg: 0, along: before.along, arrivedLeg: null });
    const far = onFix(atStop, fix(at(500, 100), 60_000, poor), legs);
    expect(far).toMatchObject({ quality: 'poor', offSince: null, offRoute: false });
  });

  it('offers a new route only after the walker has been off it for the stated time', () => {
    let s = onFix(startFollow(), fix(at(0, 100), 0), legs);
    const off = FOLLOW_RULES.offRouteBeyond + 10;
    s = onFix(s, fix(at(off, 120), 1000), legs);
    expect(s).toMatchObject({ offSince: 1000, offRoute: false });
    // The place on the route stays where it was last known.
    expect(s.along).toBeCloseTo(100, -0.5);
    // Standing still: the tick decides.
    expect(onTick(s, 1000 + FOLLOW_RULES.offRouteAfter - 1).offRoute).toBe(false);
    expect(onTick(s, 1000 + FOLLOW_RULES.offRouteAfter).offRoute).toBe(true);
    // Back on the route before then: nothing offered, and the clock starts again.
    const back = onFix(s, fix(at(3, 130), 5000), legs);
    expect(back).toMatchObject({ offSince: null, offRoute: false });
    const again = onFix(onFix(back, fix(at(off, 140), 6000), legs), fix(at(off, 141), 6000 + FOLLOW_RULES.offRouteAfter), legs);
    expect(again.offRoute).toBe(true);
    // The new route starts here.
    expect(rerouted(again)).toMatchObject({ leg: 0, along: 0, offRoute: false, offSince: null });
  });
});

describe('the step being walked', () => {
  const steps = [{ distance: 100 }, { distance: 150 }, { distance: 50 }, { distance: 0 }];
  it('is found from the metres walked, with the metres to the next step', () => {
    expect(stepAt(steps, 300, 0)).toEqual({ index: 0, toNext: 100 });
    expect(stepAt(steps, 300, 99)).toEqual({ index: 0, toNext: 1 });
    expect(stepAt(steps, 300, 100)).toEqual({ index: 1, toNext: 150 });
    expect(stepAt(steps, 300, 260)).toEqual({ index: 2, toNext: 40 });
    expect(stepAt(steps, 300, 300).index).toBe(3);
  });
  it('scales the steps to the line walked', () => {
    expect(stepAt(steps, 600, 250)).toEqual({ index: 1, toNext: 250 });
  });
});
