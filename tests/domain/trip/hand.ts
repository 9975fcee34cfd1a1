/**
 * Hand-made trips whose answers can be worked out on paper: sites on a line east of the start,
 * walking minutes given directly (a 6 km/h pace turns 100 m into exactly 1 minute).
 */
import type { SiteFeature, Theme } from '../../../src/domain/schema';
import { END_KEY, START_KEY, type TravelMatrix } from '../../../src/domain/trip/matrix';
import { brief } from './fixtures';

export const site = (id: string, themes: Theme[], visitMinutes = 10, over: Partial<SiteFeature['properties']> = {}): SiteFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [99, 18.8] },
  properties: {
    id,
    category: 'environment',
    themes,
    name: { th: 'ที่', en: id },
    summary: { th: 'ที่', en: id },
    learn: { th: 'ที่', en: id },
    status: 'candidate',
    source: 'test',
    confidence: 'low',
    positionAccuracy: 10,
    visitMinutes,
    stepFree: 'unknown',
    ...over,
  },
});

/** Places at x metres along a line (start and end at 0); distance is |x1 − x2|. */
export function lineMatrix(at: Record<string, number>): TravelMatrix {
  const ids = [START_KEY, END_KEY, ...Object.keys(at)];
  const x = (id: string) => (id === START_KEY || id === END_KEY ? 0 : (at[id] as number));
  return { ids, metres: ids.map((a) => ids.map((b) => Math.abs(x(a) - x(b)))) };
}

/** No buffers and a 6 km/h pace: 100 m is 1 minute. */
export const paperBrief = (over: Parameters<typeof brief>[0] = {}) =>
  brief({ pace: 6, buffers: { perStop: 0, start: 0, end: 0 }, budgetMinutes: 60, ...over });
