/**
 * Category symbols: shape and colour both differ (Okabe–Ito palette, safe for colour-blind
 * readers), so a category can be told apart in greyscale too. The same SVG paths draw the map
 * icons (via Path2D) and the legend (via <svg>), so the two cannot drift apart.
 */
import type { Category } from '../domain/schema';

export type SymbolDef = { path: string; fill: string; stroke: string };

/** Paths in a 24 × 24 box. */
export const CATEGORY_SYMBOLS: Record<Category, SymbolDef> = {
  // circle
  learning: { path: 'M12 3a9 9 0 1 1 0 18a9 9 0 1 1 0-18z', fill: '#0072B2', stroke: '#ffffff' },
  // diamond
  environment: { path: 'M12 2L22 12L12 22L2 12z', fill: '#009E73', stroke: '#ffffff' },
  // square
  economy: { path: 'M4 4H20V20H4z', fill: '#E69F00', stroke: '#3a2a00' },
};

export const iconId = (category: Category): string => `cat-${category}`;

/**
 * The canal network at 3:1 or more against the land (main stem 6.3, tributaries 3.6, moat 3.8; the
 * moat in teal, so it differs from the tributaries in hue as well as in width). The river is context
 * (labelled so in the key), drawn light on purpose so it stays behind the canal.
 */
export const WATER_COLOURS = {
  mainStem: '#0b5d8a',
  tributary: '#2f86b5',
  moat: '#2a8597',
  river: '#8cc3dc',
} as const;


// The land colour lives with the legend colours (marker-colours.ts has no imports: a legend in
// a lazy chunk importing this module would pull the map's code into a split start-up chunk).
export { MAP_BACKGROUND } from './marker-colours';
