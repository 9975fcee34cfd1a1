import { describe, expect, test } from 'vitest';
import {
  directions,
  formatDistance,
  formatDuration,
  legSummary,
  PACES,
  routeDirections,
  walkSummary,
} from '../../../src/domain/network/directions';
import { compassOf, turnOf } from '../../../src/domain/network/directions/describe';
import { legRuns } from '../../../src/domain/network/directions/runs';
import { haversine } from '../../../src/domain/network/distance';
import { snapPoint } from '../../../src/domain/network/place';
import { route } from '../../../src/domain/network/route';
import type { Anchor, Leg, VirtualAnchor } from '../../../src/domain/network/types';
import { LOCALES } from '../../../src/domain/schema';
import { meters, minutes, type LngLat } from '../../../src/domain/types';
import { canalContext, canalGraph, canalLegs, canalRoute } from '../../fixtures/canal-walk';
import { expectGolden } from '../../fixtures/golden';

describe('directions: golden text', () => {
  for (const [name, leg] of Object.entries(canalLegs)) {
    for (const locale of LOCALES) {
      test(`${name} in ${locale}`, () => {
        const text = directions(canalGraph, leg, canalContext, locale)
          .map((step) => `${step.text}\n`)
          .join('');
        expectGolden(`directions/${name}.${locale}.txt`, text);
      });
    }
  }
});

describe('directions: structure', () => {
  test('the steps add up to the leg distance, access legs included', () => {
    const leg = canalLegs.offNetwork;
    const steps = directions(canalGraph, leg, canalContext, 'en');
    const sum = steps.reduce((total, s) => total + s.distance, 0);
    expect(sum).toBeCloseTo(leg.distance, 6);
  });

  test('every edge of the leg appears once, in travel order', () => {
    const leg = canalLegs.bankThenStreet;
    const steps = directions(canalGraph, leg, canalContext, 'th');
    expect(steps.flatMap((s) => s.edgeIds)).toEqual(leg.edges);
  });

  test('a bend along the same bank stays one step; a left turn onto a street starts another', () => {
    const steps = directions(canalGraph, canalLegs.bankThenStreet, canalContext, 'en');
    expect(steps.map((s) => [s.kind, s.turn])).toEqual([
      ['depart', null],
      ['turn', 'left'],
      ['arrive', null],
    ]);
  });

  test('starts at the stop and arrives at the end of the leg line', () => {
    const leg = canalLegs.offNetwork;
    const steps = directions(canalGraph, leg, canalContext, 'en');
    expect(steps[0]?.at).toEqual(leg.geometry[0]);
    expect(steps.at(-1)?.at).toEqual(leg.geometry.at(-1));
  });

  test('a leg that never touches the network is one straight walk', () => {
    const leg = { from: 'warorot', to: 'kad-luang', edges: [], reversed: [], geometry: [[98.99, 18.78], [98.9903, 18.7803]] as const, distance: meters(45) };
    const steps = directions(canalGraph, { ...leg, geometry: [...leg.geometry] }, canalContext, 'en');
    expect(steps.map((s) => s.text)).toEqual(['Start at Warorot Market and walk 50 m north-east.', 'Arrive at Kad Luang.']);
  });

  test('landmarks: one beyond the radius is not mentioned, a wider radius mentions it', () => {
    const text = (radius: number) =>
      directions(canalGraph, canalLegs.bankThenStreet, { ...canalContext, landmarkRadius: meters(radius) }, 'en')[0]?.text;
    expect(text(40)).not.toContain('Far Away');
    expect(text(150)).toContain('past Far Away and Wat Hua Fai');
  });

  test('a stop of the walk is never said to be passed', () => {
    const steps = directions(canalGraph, canalLegs.bankThenStreet, canalContext, 'en');
    expect(steps.slice(0, -1).map((s) => s.text).join(' ')).not.toContain('Warorot');
  });

  test('an edge id outside the graph is a programmer error, named in the message', () => {
    const leg = { ...canalLegs.bridgeAndSteps, edges: [99], reversed: [false] };
    expect(() => directions(canalGraph, leg, canalContext, 'en')).toThrow(/edge 99/);
  });

  test('routeDirections gives one list per leg', () => {
    expect(routeDirections(canalGraph, canalRoute, canalContext, 'th')).toHaveLength(canalRoute.legs.length);
  });
});

describe('directions: legs from a point part-way along an edge', () => {
  // 12 m east of the east bank, a third of the way from node 0 down to node 1 (333 m).
  const here = snapPoint(canalGraph, [98.99511, 18.789], meters(50), { id: 'here' }) as VirtualAnchor;
  const node = (n: number): Anchor => ({
    id: `n${n}`,
    point: [canalGraph.lng[n] as number, canalGraph.lat[n] as number],
    node: n,
    access: meters(0),
  });
  const legTo = (to: Parameters<typeof route>[2]) => route(canalGraph, here, to, 'shortest') as Leg;
  const near = (a: LngLat | undefined, b: LngLat) => haversine(...(a as LngLat), ...b);

  test('the steps add up to the leg distance, walking only part of the first edge', () => {
    const leg = legTo(node(3));
    expect(leg.walked?.[0]).toBeLessThan(canalGraph.edgeLength[leg.edges[0] as number] as number);
    const steps = directions(canalGraph, leg, canalContext, 'en');
    expect(steps.reduce((sum, s) => sum + s.distance, 0)).toBeCloseTo(leg.distance, 6);
    expect(steps[0]?.distance).toBeCloseTo(leg.distance - (canalGraph.edgeLength[2] as number), 6);
  });

  test('the first run starts at the snapped position, not at the far end of its edge', () => {
    const run = legRuns(canalGraph, legTo(node(3)))[0];
    expect(near(run?.points[0], here.at)).toBeLessThan(0.01);
    expect(run?.length).toBeCloseTo((here.toDist as number) + (canalGraph.edgeLength[1] as number), 6);
  });

  test('between two points on one edge, the one step is the stretch between them', () => {
    const there = snapPoint(canalGraph, [98.99489, 18.7875], meters(50), { id: 'there' }) as VirtualAnchor;
    const leg = legTo(there);
    const [run] = legRuns(canalGraph, leg);
    expect(leg.edges).toEqual([0]);
    expect(near(run?.points[0], here.at)).toBeLessThan(0.01);
    expect(near(run?.points.at(-1), there.at)).toBeLessThan(0.01);
    const steps = directions(canalGraph, leg, canalContext, 'en');
    expect(steps[0]?.distance).toBeCloseTo(leg.distance, 6);
  });
});

describe('turns and compass', () => {
  test.each([
    [0, 'straight'],
    [-19, 'straight'],
    [25, 'slight-right'],
    [-59, 'slight-left'],
    [-60, 'left'],
    [150, 'right'],
    [-160, 'sharp-left'],
    [175, 'u-turn'],
  ])('a change of %d° is %s', (change, turn) => {
    expect(turnOf(change)).toBe(turn);
  });

  test.each([
    [0, 'north'],
    [350, 'north'],
    [44, 'north-east'],
    [135, 'south-east'],
    [200, 'south'],
    [300, 'north-west'],
  ])('a bearing of %d° is %s', (bearing, compass) => {
    expect(compassOf(bearing)).toBe(compass);
  });
});

describe('formatting and summaries', () => {
  test.each([
    [4, 'en', '10 m'],
    [347, 'en', '350 m'],
    [347, 'th', '350 ม.'],
    [996, 'en', '1 km'],
    [1234, 'en', '1.2 km'],
    [12_345, 'th', '12.3 กม.'],
  ] as const)('%d m in %s is %s', (m, locale, text) => {
    expect(formatDistance(meters(m), locale)).toBe(text);
  });

  test.each([
    [0.2, 'en', '1 min'],
    [45, 'th', '45 นาที'],
    [60, 'en', '1 h'],
    [65, 'en', '1 h 5 min'],
    [65, 'th', '1 ชม. 5 นาที'],
  ] as const)('%d minutes in %s is %s', (m, locale, text) => {
    expect(formatDuration(minutes(m), locale)).toBe(text);
  });

  test('a leg at the default pace of 4.5 km/h', () => {
    const leg = { ...canalLegs.bankThenStreet, distance: meters(900) };
    expect(legSummary(leg, 'en')).toEqual({ distance: 900, duration: 12, text: '900 m · 12 min' });
  });

  test("a whole walk at the children's pace", () => {
    const route = { ...canalRoute, distance: meters(4_000) };
    expect(walkSummary(route, 'th', { pace: PACES.children }).text).toBe('4 กม. · 1 ชม. 20 นาที');
  });

  test('a pace that is not a positive speed is a programmer error', () => {
    expect(() => legSummary(canalLegs.bankThenStreet, 'en', { pace: 0 })).toThrow(/pace/);
  });
});
