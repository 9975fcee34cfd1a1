// @vitest-environment node
/**
 * Directions on the real network, for every curated walk, in both languages: golden files to read
 * by eye (`UPDATE_GOLDEN=1` rewrites them), and the rules they must keep whatever the data.
 */
import { describe, expect, test } from 'vitest';
import { loadEmbeddedData } from '../../../src/data';
import { placeLandmarks } from '../../../src/data/places';
import { routeDirections, type DirectionsContext } from '../../../src/domain/network/directions';
import { LOCALES } from '../../../src/domain/schema';
import { resolveWalk, siteNetwork } from '../../../src/domain/walk';
import { expectGolden } from '../../fixtures/golden';
import { networkLines } from '../../fixtures/network';

const data = loadEmbeddedData();
const sites = data.sites.value;
const network = siteNetwork(networkLines(), sites);
const contextIn = (locale: 'th' | 'en'): DirectionsContext => ({
  stops: Object.fromEntries(sites.map((s) => [s.properties.id, s.properties.name])),
  waterways: { 'mae-kha': { th: 'คลองแม่ข่า', en: 'the Mae Kha' }, 'khu-mueang': { th: 'คูเมือง', en: 'the moat' } },
  landmarks: [...sites.map((s) => ({ id: s.properties.id, name: s.properties.name, point: s.geometry.coordinates })), ...placeLandmarks(locale)],
});
const CONTEXT = { th: contextIn('th'), en: contextIn('en') } as const;
const context = CONTEXT.en;

const walks = data.walks.map((walk) => {
  const out = resolveWalk(network, sites, { stops: walk.stops, profile: 'shortest', order: 'keep', loop: walk.loop ?? false });
  if (!out.ok) throw new Error(`${walk.id}: ${JSON.stringify(out.problem)}`);
  return { walk, route: out.route };
});

describe('directions on the real network', () => {
  for (const { walk, route } of walks) {
    for (const locale of LOCALES) {
      test(`${walk.id} in ${locale}`, () => {
        const legs = routeDirections(network.graph, route, CONTEXT[locale], locale);
        const text = route.legs
          .map((leg, i) => `# ${context.stops[leg.from]![locale]} → ${context.stops[leg.to]![locale]}\n${legs[i]!.map((s) => `${s.text}\n`).join('')}`)
          .join('\n');
        expectGolden(`directions/walk-${walk.id}.${locale}.txt`, text);
      });
    }
  }

  test('no step repeats within a leg, and no place is named twice in one', () => {
    const repeats: string[] = [];
    for (const { walk, route } of walks) {
      for (const locale of LOCALES) {
        routeDirections(network.graph, route, CONTEXT[locale], locale).forEach((steps, i) => {
          const texts = steps.map((s) => s.text);
          texts.filter((t, k) => texts.indexOf(t) !== k).forEach((t) => repeats.push(`${walk.id} leg ${i + 1}: ${t}`));
          const all = texts.join(' ');
          for (const l of CONTEXT[locale].landmarks!) {
            const name = l.name[locale];
            const at = all.indexOf(name);
            if (at >= 0 && all.indexOf(name, at + name.length) >= 0 && !Object.values(context.stops).some((n) => n[locale].includes(name))) {
              repeats.push(`${walk.id} leg ${i + 1}: ${name} twice`);
            }
          }
        });
      }
    }
    expect(repeats).toEqual([]);
  });

  test('a site is never a street: nothing is walked "onto" or "along" a site’s name', () => {
    const names = sites.flatMap((s) => [s.properties.name.en, s.properties.name.th]);
    const wrong: string[] = [];
    for (const { route } of walks) {
      for (const locale of LOCALES) {
        for (const step of routeDirections(network.graph, route, CONTEXT[locale], locale).flat()) {
          for (const n of names) if (step.text.includes(`onto ${n}`) || step.text.includes(`along ${n}`) || step.text.includes(`เข้า${n}`) || step.text.includes(`ตาม${n}`)) wrong.push(step.text);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test('the steps of every leg add up to the leg, and every edge is said once, in order', () => {
    for (const { route } of walks) {
      routeDirections(network.graph, route, context, 'en').forEach((steps, i) => {
        const leg = route.legs[i]!;
        expect(steps.reduce((sum, s) => sum + s.distance, 0)).toBeCloseTo(leg.distance, 6);
        expect(steps.flatMap((s) => s.edgeIds)).toEqual(leg.edges);
      });
    }
  });
});
