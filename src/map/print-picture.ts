/**
 * The map's picture for a printed page, taken when printing starts (loaded then, not at start-up):
 * the coverage report's canal in a page's proportions, a walk's or trip's route in a page-shaped
 * picture, or else the map as it is.
 */
import type { LngLat } from '../domain/types';
import type { MapView } from './map-view';

/** The coverage report's map, in CSS pixels: an A4 column's proportions, small enough that its labels print legibly. */
const REPORT_MAP = { width: 760, height: 1040 };

/**
 * A walk's or trip's printed map, in CSS pixels: the A4 column's width, and a height from the
 * route's own shape (between a wide strip and a square), so it fills the page's width without
 * side bars and its labels print legibly.
 */
export function routeMapSize([[w, s], [e, n]]: [LngLat, LngLat]): { width: number; height: number } {
  const wide = (e - w) * Math.cos((((s + n) / 2) * Math.PI) / 180);
  const tall = n - s;
  const width = 760;
  return { width, height: Math.round(Math.min(width * 0.62, Math.max(width * 0.45, (width * tall) / Math.max(wide, 1e-9)))) };
}

/** @example printPicture(view, { report: null, route: boundsOfRoute }).then(show) */
export function printPicture(view: MapView, boxes: { report: [LngLat, LngLat] | null; route: [LngLat, LngLat] | null }): Promise<string> {
  if (boxes.report) return view.snapshotOf(boxes.report, REPORT_MAP);
  if (boxes.route) return view.snapshotOf(boxes.route, routeMapSize(boxes.route));
  return view.snapshot();
}
