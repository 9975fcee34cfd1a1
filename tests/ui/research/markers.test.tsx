import { expression, validateStyleMin, type CircleLayerSpecification, type SymbolLayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SUGGESTION_STYLE, WHAT_IF, WHAT_IF_STYLE, suggestionLetter, suggestionRing, whatIfLayers } from '../../../src/map/coverage-layers';
import { CLUSTER_STYLE } from '../../../src/map/marker-colours';
import { MAP_BACKGROUND } from '../../../src/map/symbols';
import { MarkerSymbol } from '../../../src/ui/research/MarkerSymbol';

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const layers = whatIfLayers('Noto Sans Thai');
const ofKind = (kind: string) => layers.filter((l) => 'filter' in l && JSON.stringify(l.filter).includes(`"${kind}"`));

describe('what-if and suggested sites on the map', () => {
  it('are valid MapLibre layers', () => {
    const style = { version: 8, glyphs: 'http://localhost/{fontstack}/{range}.pbf', sources: { [WHAT_IF]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers };
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('bind only constant paint, as the other overlay layers do', () => {
    for (const l of layers) expect(JSON.stringify(l.paint)).not.toContain('"get"');
  });

  it('draw a suggestion as a dotted ring round its letter, unlike a cluster (solid ring, count) or a what-if site (filled disc, number)', () => {
    const rings = ofKind('suggestion').filter((l): l is CircleLayerSpecification => l.type === 'circle' && !!l.paint?.['circle-translate']);
    expect(rings).toHaveLength(SUGGESTION_STYLE.dots);
    expect(rings.every((l) => l.paint!['circle-color'] === SUGGESTION_STYLE.colour)).toBe(true);
    // No suggestion layer is a disc in the what-if or cluster colours.
    const colours = ofKind('suggestion').flatMap((l) => Object.values((l.paint ?? {}) as Record<string, unknown>));
    expect(colours).not.toContain(WHAT_IF_STYLE.fill);
    expect(colours).not.toContain(CLUSTER_STYLE.ink);
    expect(SUGGESTION_STYLE.colour).not.toBe(WHAT_IF_STYLE.fill);
  });

  it('label a suggestion with the letter the lists use', () => {
    const label = ofKind('suggestion').find((l): l is SymbolLayerSpecification => l.type === 'symbol')!;
    const parsed = expression.createExpression(label.layout!['text-field'], 'text-field');
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    for (const n of [1, 3, 10]) {
      expect(parsed.value.evaluate({ zoom: 14 }, { type: 'Point', properties: { n } } as never)).toBe(suggestionLetter(n));
    }
    expect([suggestionLetter(1), suggestionLetter(3), suggestionLetter(27)]).toEqual(['A', 'C', '27']);
  });

  it('keep every meaning-carrying colour at 3:1 or more against what it is drawn on', () => {
    // The ring and the letter on the land and on their white casing; the what-if disc and the cluster ring on the land.
    expect(contrast(SUGGESTION_STYLE.colour, MAP_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrast(SUGGESTION_STYLE.colour, SUGGESTION_STYLE.casing)).toBeGreaterThanOrEqual(3);
    expect(contrast(WHAT_IF_STYLE.fill, MAP_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrast(WHAT_IF_STYLE.ink, WHAT_IF_STYLE.fill)).toBeGreaterThanOrEqual(3);
    expect(contrast(CLUSTER_STYLE.ink, MAP_BACKGROUND)).toBeGreaterThanOrEqual(3);
    expect(contrast(CLUSTER_STYLE.ink, CLUSTER_STYLE.fill)).toBeGreaterThanOrEqual(3);
  });
});

describe('MarkerSymbol: the legend draws the markers as the map does', () => {
  it('draws the suggestion ring from the map’s own dots and letter', () => {
    const { container } = render(<MarkerSymbol kind="suggestion" label="B" />);
    const svg = container.querySelector('[data-marker="suggestion"]')!;
    const dots = [...svg.querySelectorAll('circle')].filter((c) => c.getAttribute('fill') === SUGGESTION_STYLE.colour);
    expect(dots.map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))])).toEqual(suggestionRing());
    expect(svg.textContent).toBe('B');
  });

  it('draws a cluster and a what-if site in their map colours', () => {
    const { container } = render(
      <>
        <MarkerSymbol kind="cluster" />
        <MarkerSymbol kind="candidate" />
      </>,
    );
    expect(container.querySelector('[data-marker="cluster"] circle')).toHaveAttribute('stroke', CLUSTER_STYLE.ink);
    expect(container.querySelector('[data-marker="candidate"] circle')).toHaveAttribute('fill', WHAT_IF_STYLE.fill);
  });
});
