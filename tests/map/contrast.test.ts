/**
 * WCAG 1.4.11 for the map: every colour that carries meaning is at least 3:1 against what it is
 * drawn on (the map's land, MAP_BACKGROUND, and white: the casings, the printed report and the
 * legends), and map text at least 4.5:1 against its halo or disc. The style is built with every
 * overlay on, and every colour in it must be classified below, so a new colour cannot skip the check.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { SiteFeature, WaterwayFeature } from '../../src/domain/schema';
import { COVERAGE_COLOURS, researchLayers } from '../../src/map/coverage-layers';
import { FONT } from '../../src/map/layers';
import { buildStyle } from './build-style';
import { CATEGORY_SYMBOLS, MAP_BACKGROUND } from '../../src/map/symbols';
import { followLayers } from '../../src/map/follow-layers';
import { createSession, withFix } from '../../src/domain/follow/session';
import { meters } from '../../src/domain/types';

const WHITE = '#ffffff';
const GROUNDS = { land: MAP_BACKGROUND, white: WHITE };

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => {
  if (!/^#[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
};
const luminance = ([r, g, b]: Rgb) => {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};
/** WCAG contrast ratio. @example contrast('#000000', '#ffffff') // 21 */
export function contrast(a: string | Rgb, b: string | Rgb): number {
  const [x, y] = [a, b].map((c) => luminance(typeof c === 'string' ? rgb(c) : c)).sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}
/** The colour seen where `hex` is drawn at `opacity` over `ground` (WebGL blends the stored sRGB values). */
const over = (hex: string, opacity: number, ground: string): Rgb => {
  const [c, g] = [rgb(hex), rgb(ground)];
  return c.map((v, i) => Math.round(opacity * v + (1 - opacity) * g[i]!)) as Rgb;
};

const site = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [98.99, 18.78] },
  properties: { id: 's1', category: 'learning', name: { th: 'ส', en: 's' }, positionAccuracy: 200 },
} as unknown as SiteFeature;
const canal = {
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: [[98.98, 18.84], [98.99, 18.78]] },
  properties: { id: 'mae-kha', kind: 'main-stem', name: { th: 'ค', en: 'c' }, approximate: false },
} as unknown as WaterwayFeature;

/** The map with everything on: a selection, a walk, the coverage overlay with what-if and suggested sites, a chosen point. */
const style = buildStyle({
  locale: 'th', basemap: 'none', sites: [site], waterways: [canal], selection: { type: 'waterway', id: 'mae-kha' },
  fonts: { thai: 'http://x/t.woff2', latin: 'http://x/l.woff2' },
  data: { network: 'http://x/n.geojson', oldCity: 'http://x/o.geojson', places: 'http://x/p.geojson' },
  origin: { kind: 'point', point: [98.99, 18.79] } as never,
  walk: { legs: [[[98.98, 18.8], [98.99, 18.79]]], stops: [{ id: 's1', point: [98.99, 18.78] }] },
  research: researchLayers({
    segments: { type: 'FeatureCollection', features: [] }, threshold: 400,
    whatIf: [{ id: 'w1', point: [98.99, 18.8], kind: 'candidate', n: 1 }, { id: 'g1', point: [98.99, 18.81], kind: 'suggestion', n: 1 }],
  }, FONT),
});

/** A walk being followed, with a good fix and with a poor one: its layers replace the route line. */
const following = (accuracy: number) => {
  const stop = { id: 's1', name: { th: 'ส', en: 's' }, point: [98.99, 18.79] as [number, number], site: 's1' };
  const session = createSession({
    kind: 'walk', stops: [stop, { ...stop, point: [98.99, 18.8] }], targets: [null, null], profile: 'shortest',
    legs: [{ line: [[98.99, 18.79], [98.99, 18.8]], steps: { th: [], en: [] } }],
  });
  return followLayers(withFix(session, { point: [98.99, 18.795], accuracy: meters(accuracy), time: 0 })).layers;
};
const followStyles = [8, 200].map((accuracy) =>
  buildStyle({
    locale: 'en', basemap: 'none', sites: [site], waterways: [canal], selection: null,
    fonts: { thai: 'http://x/t.woff2', latin: 'http://x/l.woff2' },
    data: { network: 'http://x/n.geojson', oldCity: 'http://x/o.geojson', places: 'http://x/p.geojson' },
    walk: { legs: [[[98.98, 18.8], [98.99, 18.79]]], stops: [{ id: 's1', point: [98.99, 18.78] }] },
    follow: following(accuracy),
  }),
);

type Paint = Record<string, unknown>;
const paintOf = (l: LayerSpecification): Paint => ((l as { paint?: Paint }).paint ?? {});
/** A paint opacity at its strongest (an expression's largest output): the colour as the map shows it most. */
const opacityOf = (value: unknown): number => {
  if (value === undefined) return 1;
  if (typeof value === 'number') return value;
  const numbers = JSON.stringify(value).match(/-?\d+(\.\d+)?/g)!.map(Number).filter((n) => n <= 1);
  return Math.max(...numbers);
};
const OPACITY: Record<string, string> = {
  'line-color': 'line-opacity', 'circle-color': 'circle-opacity', 'circle-stroke-color': 'circle-stroke-opacity',
  'fill-color': 'fill-opacity', 'text-color': 'text-opacity',
};

/** Every colour in the style, as `layer/property` (the suggestion ring's 12 dots as one). */
const colours = [...style.layers, ...followStyles.flatMap((f) => f.layers.filter((l) => l.id.startsWith('follow-')))].flatMap((l) =>
  Object.entries(paintOf(l))
    .filter(([k, v]) => /-color$/.test(k) && typeof v === 'string')
    .map(([k, v]) => ({ key: `${l.id.replace(/-\d+$/, '-*')}/${k}`, colour: v as string, opacity: opacityOf(paintOf(l)[OPACITY[k] ?? '']), paint: paintOf(l) })),
);

/** Lines, rings and dots whose colour says what they are: 3:1 against the land and white. */
const MEANING = [
  'waterway-main/line-color', 'waterway-tributary/line-color', 'waterway-moat/line-color', 'waterway-selected/line-color',
  'walkway/line-color', 'route-line/line-color', 'walk-stop-dots/circle-color',
  'coverage-line-none/line-color', 'coverage-line-near/line-color', 'coverage-line-covered/line-color',
  'coverage-line-outside/line-color', 'coverage-line-far/line-color',
  'site-selected/circle-stroke-color', 'site-clusters/circle-stroke-color',
  'what-if-dots/circle-color', 'suggestion-ring-*/circle-color', 'origin-dot/circle-color',
  'site-accuracy/circle-stroke-color', 'site-accuracy-selected/circle-stroke-color',
  'moat-water/fill-color', 'city-wall/fill-color',
  'follow-ahead/line-color', 'follow-walked/line-color', 'follow-dot/circle-color', 'follow-accuracy/circle-stroke-color',
];
/** Map text, and what it is read against when it has no halo. */
const TEXT_GROUND: Record<string, string> = {
  'site-cluster-count/text-color': 'site-clusters/circle-color',
  'walk-stop-numbers/text-color': 'walk-stop-dots/circle-color',
  'what-if-labels/text-color': 'what-if-dots/circle-color',
};
/**
 * Colours that need not reach 3:1, and why. Reported rather than fixed here (outside the map's
 * colour constants).
 */
const NOT_MEANING: Record<string, string> = {
  'waterway-main-casing/line-color': 'white casing: parts the canal from what lies under it',
  'route-casing/line-color': 'white casing',
  'suggestion-ground/circle-color': 'white ground under the letter',
  'suggestion-ring-*/circle-stroke-color': 'white casing of each dot',
  'what-if-dots/circle-stroke-color': 'white ring: the disc carries the meaning',
  'walk-stop-dots/circle-stroke-color': 'white ring: the disc carries the meaning',
  'origin-dot/circle-stroke-color': 'white ring: the dot carries the meaning',
  'site-selected/circle-color': 'white ground under the selected icon; the ring carries the state',
  'site-clusters/circle-color': 'white disc under the count (checked as the count’s ground)',
  'waterway-hit/line-color': 'invisible (opacity 0): a wider target for taps',
  'waterway-river/line-color': 'the river is context (the key says so), kept light so the canal leads',
  'street-casing/line-color': 'context: the street map',
  'street/line-color': 'context: the street map',
  'place-dots/circle-color': 'context: named places, each with its label',
  'place-dots/circle-stroke-color': 'white casing',
  'site-accuracy/circle-color': 'a faint area of uncertainty; the list and card say “approximate” in words',
  'site-accuracy-selected/circle-color': 'as above',
  'origin-accuracy/circle-color': 'a faint area of uncertainty around the chosen point',
  'follow-ahead-casing/line-color': 'white casing',
  'follow-accuracy/circle-color': 'a faint area of uncertainty around the walker (its ring is checked)',
  'follow-halo/circle-color': 'a soft ring that tells the walker from a site; the dot carries the meaning',
  'follow-dot/circle-stroke-color': 'white ring: the dot carries the meaning',
};

/** The grounds a colour (at an opacity) falls under 3:1 against, with the ratio: empty when it passes. */
const belowThree = (hex: string, opacity: number) =>
  Object.entries(GROUNDS)
    .map(([ground, g]) => ({ colour: hex, ground, ratio: Math.round(contrast(over(hex, opacity, g), g) * 100) / 100 }))
    .filter((r) => r.ratio < 3);

describe('map colours against the land and white (WCAG 1.4.11)', () => {
  it('every colour in the style is classified here', () => {
    const known = new Set([...MEANING, ...Object.keys(NOT_MEANING), ...Object.keys(TEXT_GROUND)]);
    const halos = colours.filter((c) => c.key.endsWith('/text-halo-color')).map((c) => c.key);
    const texts = colours.filter((c) => c.key.endsWith('/text-color')).map((c) => c.key);
    const unknown = colours.map((c) => c.key).filter((k) => !known.has(k) && !halos.includes(k) && !texts.includes(k));
    expect(unknown).toEqual([]);
    for (const k of MEANING) expect(colours.map((c) => c.key)).toContain(k);
  });

  it.each(MEANING)('%s is at least 3:1 against the land and white', (key) => {
    for (const c of colours.filter((x) => x.key === key)) {
      expect(belowThree(c.colour, c.opacity)).toEqual([]);
    }
  });

  it.each(Object.keys(COVERAGE_COLOURS) as (keyof typeof COVERAGE_COLOURS)[])(
    'the coverage colour “%s” (map, panel key, printed legend) is at least 3:1 against the land and white',
    (band) => {
      expect(belowThree(COVERAGE_COLOURS[band], 1)).toEqual([]);
    },
  );

  it('the coverage bands keep their order: darkest at the two ends, the middle bands lighter', () => {
    const l = (k: keyof typeof COVERAGE_COLOURS) => luminance(rgb(COVERAGE_COLOURS[k]));
    expect(l('near')).toBeLessThan(l('covered'));
    expect(l('far')).toBeLessThan(l('outside'));
  });

  it.each(Object.keys(CATEGORY_SYMBOLS))('the “%s” symbol’s outline is at least 3:1 against the land and white', (category) => {
    const { fill, stroke } = CATEGORY_SYMBOLS[category as keyof typeof CATEGORY_SYMBOLS];
    // The shape shows where its stroke stands out from the ground, or else where its fill stands
    // out from both the ground and the stroke around it (a white stroke on the land).
    const edges = Object.entries(GROUNDS).map(([name, ground]) => ({
      name,
      edge: Math.max(contrast(stroke, ground), Math.min(contrast(fill, ground), contrast(fill, stroke))),
    }));
    expect(edges.filter((e) => e.edge < 3)).toEqual([]);
  });

  it('map text is at least 4.5:1 against its halo, or the disc it sits on', () => {
    for (const t of colours.filter((c) => c.key.endsWith('/text-color'))) {
      const halo = t.paint['text-halo-color'] as string | undefined;
      const groundKey = TEXT_GROUND[t.key];
      const ground = halo ?? colours.find((c) => c.key === groundKey)?.colour;
      expect({ text: t.key, ground }).toEqual({ text: t.key, ground: expect.any(String) });
      const ratio = Math.round(contrast(t.colour, ground!) * 100) / 100;
      if (ratio < 4.5) expect({ text: t.key, colour: t.colour, ground, ratio }).toBe('at least 4.5:1');
    }
  });
});
