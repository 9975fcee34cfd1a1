// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { networkLines } from '../fixtures/network';
import { loadEmbeddedData } from '../../src/data';
import { haversine } from '../../src/domain/network/distance';
import { route } from '../../src/domain/network/route';
import { PROFILES } from '../../src/domain/network/types';
import { resolveWalk, routeStopList, siteNetwork, START_ID } from '../../src/domain/walk';
import type { FeatureCollection } from 'geojson';

const data = loadEmbeddedData();
const sites = data.sites.value;
const paths: FeatureCollection = networkLines();
const network = siteNetwork(paths, sites);

/** A curated walk's length with the shortest profile, and the sum of the straight lines between its stops. */
function lengths(walk: (typeof data.walks)[number]): { walked: number; straight: number } {
  const out = resolveWalk(network, sites, { stops: walk.stops, profile: 'shortest', order: 'keep', loop: walk.loop ?? false });
  if (!out.ok) throw new Error(`${walk.id}: ${JSON.stringify(out.problem)}`);
  const at = (id: string) => sites.find((s) => s.properties.id === id)!.geometry.coordinates;
  const stops = walk.loop ? [...walk.stops, walk.stops[0]!] : walk.stops;
  const straight = stops.slice(1).reduce((sum, id, i) => sum + haversine(...at(stops[i]!), ...at(id)), 0);
  return { walked: out.route.distance, straight };
}

describe('walks on the real data', () => {
  it('attaches every site to one connected network, but the two beyond the street data (MK01, MK08)', () => {
    expect([...network.failures.keys()].sort()).toEqual(['mk01-ring-road-2-bridge', 'mk08-ping-outfall-bridge']);
    expect(network.anchors.size).toBe(sites.length - 2);
    expect(network.stats.components).toBe(1);
  });

  it('every curated walk resolves with the shortest profile, one leg per pair of stops', () => {
    for (const walk of data.walks) {
      const out = resolveWalk(network, sites, { stops: walk.stops, profile: 'shortest', order: 'keep', loop: walk.loop ?? false });
      if (!out.ok) throw new Error(`${walk.id}: ${JSON.stringify(out.problem)}`);
      expect(out.route.legs).toHaveLength(walk.stops.length - (walk.loop ? 0 : 1));
    }
  });

  it('the restored-stretch walk walks the phase-1 walkway the sources describe, for at least 400 m', () => {
    const walk = data.walks.find((w) => w.id === 'restored-promenade')!;
    const out = resolveWalk(network, sites, { stops: walk.stops, profile: 'shortest', order: 'keep', loop: false });
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    let onWalkways = 0;
    for (const leg of out.route.legs) {
      leg.edges.forEach((e, i) => {
        if (network.graph.edgeInfo[e]!.kind === 'promenade') onWalkways += leg.walked?.[i] ?? network.graph.edgeLength[e]!;
      });
    }
    expect(onWalkways).toBeGreaterThan(400);
  });

  // On real streets a walk goes round blocks, and the walkways meet the streets only at bridges:
  // 1.7 times the straight lines still catches a walk that crosses the canal back and forth.
  it('no curated walk is longer than 1.7 times the straight lines between its stops', () => {
    const ratios = data.walks.map((walk) => {
      const { walked, straight } = lengths(walk);
      return { walk: walk.id, ratio: walked / straight };
    });
    expect(ratios.filter((r) => r.ratio > 1.7)).toEqual([]);
  });

  it('the step-free route keeps off the walkways no source describes the access of, and is longer for it', () => {
    const walk = data.walks.find((w) => w.id === 'restored-promenade')!;
    const route = (profile: 'shortest' | 'step-free') => {
      const out = resolveWalk(network, sites, { stops: walk.stops, profile, order: 'keep', loop: false });
      if (!out.ok) throw new Error(`${profile}: ${JSON.stringify(out.problem)}`);
      return out.route;
    };
    const onWalkway = (r: ReturnType<typeof route>) => r.legs.flatMap((l) => l.edges).some((e) => network.graph.edgeInfo[e]!.kind === 'promenade');
    expect(onWalkway(route('shortest'))).toBe(true);
    expect(onWalkway(route('step-free'))).toBe(false);
    expect(route('step-free').distance).toBeGreaterThan(route('shortest').distance);
  });

  it('a stop beyond the street data is named, with its distance and the nearest stop that works', () => {
    const out = resolveWalk(network, sites, { stops: ['mk01-ring-road-2-bridge', 'wat-hua-fai'], profile: 'shortest', order: 'keep', loop: false });
    expect(out).toMatchObject({ ok: false, problem: { kind: 'off-network', stop: 'mk01-ring-road-2-bridge', alternative: 'mk02-si-lanna-bridge' } });
    if (!out.ok && out.problem.kind === 'off-network') expect(out.problem.distance).toBeGreaterThan(500);
  });

  it('every curated walk leaves each stop from where it arrived: no crossing through a site between the banks', () => {
    const rows = data.walks.map((walk) => {
      const out = resolveWalk(network, sites, { stops: walk.stops, profile: 'shortest', order: 'keep', loop: walk.loop ?? false });
      if (!out.ok) throw new Error(`${walk.id}: ${JSON.stringify(out.problem)}`);
      const legs = out.route.legs;
      for (let i = 1; i < legs.length; i++) expect(legs[i]!.leftFrom, `${walk.id} at ${legs[i]!.from}`).toBe(legs[i - 1]!.arrivedAt);
      if (walk.loop) expect(legs.at(-1)!.arrivedAt, `${walk.id} back at the start`).toBe(legs[0]!.leftFrom);
      // The same stops with each leg routed on its own, free to switch attachments at a stop (as before chaining).
      const stops = walk.loop ? [...walk.stops, walk.stops[0]!] : walk.stops;
      const anchor = (id: string) => network.anchors.get(id)!;
      const unchained = stops.slice(1).reduce((sum, id, i) => {
        const leg = route(network.graph, anchor(stops[i]!), anchor(id), 'shortest');
        return 'reason' in leg ? Infinity : sum + leg.distance;
      }, 0);
      expect(out.route.distance).toBeGreaterThanOrEqual(unchained - 1e-6);
      return `${walk.id}: ${unchained.toFixed(1)} → ${out.route.distance.toFixed(1)} m`;
    });
    console.log(`chained walks (unchained → chained):\n${rows.join('\n')}`);
  });

  it('each profile either routes a walk or names the stop it cannot reach', () => {
    for (const profile of PROFILES) {
      const out = resolveWalk(network, sites, { stops: data.walks[0]!.stops, profile, order: 'keep', loop: false });
      if (out.ok) expect(out.route.profile).toBe(profile);
      else expect(out.problem).toMatchObject({ kind: 'unreachable', stop: expect.any(String), alternative: expect.any(String) });
    }
  });

  it('starts from a chosen point', () => {
    const out = resolveWalk(network, sites, { stops: ['warorot-market', 'night-bazaar'], profile: 'shortest', order: 'keep', loop: false, start: [98.9935, 18.7877] });
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.route.legs[0]!.from).toBe(START_ID);
  });
});

describe('one stop-list model: a field trip is routed as a walk is', () => {
  const tha = sites.find((s) => s.properties.id === 'tha-phae-gate')!;
  const [lng, lat] = tha.geometry.coordinates;
  const input = (places: Parameters<typeof routeStopList>[2]['places']) => ({ places, profile: 'shortest' as const, order: 'keep' as const, loop: false, maxStops: places.length });

  it('start and end at the same site, with that site also a stop: each place keeps its own id, one leg per pair', () => {
    const out = routeStopList(network, sites, input([
      { id: '@start', site: 'tha-phae-gate' }, { id: 'tha-phae-gate', site: 'tha-phae-gate' }, { id: 'warorot-market', site: 'warorot-market' }, { id: '@end', site: 'tha-phae-gate' },
    ]));
    if (!out.ok) throw new Error(JSON.stringify(out.problem));
    expect(out.places.map((p) => p.id)).toEqual(['@start', 'tha-phae-gate', 'warorot-market', '@end']);
    expect(out.route.legs.map((l) => `${l.from}>${l.to}`)).toEqual(['@start>tha-phae-gate', 'tha-phae-gate>warorot-market', 'warorot-market>@end']);
  });

  it('a point start near the streets is snapped; a point end far from them is named by its id', () => {
    const near = routeStopList(network, sites, input([{ id: '@start', point: [lng + 0.0005, lat] }, { id: 'warorot-market', site: 'warorot-market' }]));
    expect(near.ok).toBe(true);
    const far = routeStopList(network, sites, input([{ id: 'warorot-market', site: 'warorot-market' }, { id: '@end', point: [98.9, 18.9] }]));
    expect(far).toMatchObject({ ok: false, problem: { kind: 'start-off-network', place: '@end' } });
  });

  it('a stop beyond the street data is named, with the nearest site that would work', () => {
    const out = routeStopList(network, sites, input([{ id: '@start', site: 'tha-phae-gate' }, { id: 'mk08-ping-outfall-bridge', site: 'mk08-ping-outfall-bridge' }]));
    expect(out).toMatchObject({ ok: false, problem: { kind: 'off-network', stop: 'mk08-ping-outfall-bridge' } });
    if (!out.ok && out.problem.kind === 'off-network') expect(out.problem.alternative).not.toBeNull();
  });
});
