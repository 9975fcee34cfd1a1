/**
 * Colours of the map's markers that a legend repeats (the map key, the printed report): kept in a
 * module of their own, with no imports, so a legend can use them without the map's code.
 */

/** Accuracy halos: one neutral colour, since uncertainty is not a category. */
export const HALO_COLOUR = '#3d5a66';

/** Several sites close together: a white disc, its ring and number in the canal's blue. */
export const CLUSTER_STYLE = { fill: '#ffffff', ink: '#0b4f6c' } as const;

/** The map's land, under everything: drawn by the map's container, and behind every legend symbol. */
export const MAP_BACKGROUND = '#eef2ec';
