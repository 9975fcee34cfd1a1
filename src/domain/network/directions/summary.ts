/** How long a leg or a whole walk is, in distance and time at a walking pace. */
import type { Locale } from '../../schema';
import { meters, minutes, type Meters, type Minutes } from '../../types';
import type { Leg, Route } from '../types';
import { formatDistance, formatDuration } from './format';

import { PACES } from '../../vocab';

export { PACES };

export type WalkSummary = { distance: Meters; duration: Minutes; text: string };

function summarise(distance: Meters, locale: Locale, pace: number): WalkSummary {
  if (!(pace > 0)) throw new RangeError(`pace must be a positive speed in km/h, got ${pace}`);
  const duration = minutes((distance / 1000 / pace) * 60);
  return { distance, duration, text: `${formatDistance(distance, locale)} · ${formatDuration(duration, locale)}` };
}

/**
 * Distance and walking time of one leg.
 * @example legSummary(leg, 'en').text // '350 m · 5 min'
 */
export function legSummary(leg: Leg, locale: Locale, options: { pace?: number } = {}): WalkSummary {
  return summarise(leg.distance, locale, options.pace ?? PACES.adult);
}

/**
 * Distance and walking time of a whole walk (stops' visit time not included).
 * @example walkSummary(route, 'th', { pace: PACES.children }).text // '4.9 กม. · 1 ชม. 38 นาที'
 */
export function walkSummary(route: Route, locale: Locale, options: { pace?: number } = {}): WalkSummary {
  return summarise(meters(route.distance), locale, options.pace ?? PACES.adult);
}
