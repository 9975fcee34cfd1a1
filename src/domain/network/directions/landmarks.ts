/** Which landmarks a walk goes past, and in which step to mention each. */
import type { Localized } from '../../schema';
import type { Meters } from '../../types';
import { distanceToLine } from './geometry';
import type { Run } from './runs';
import type { Landmark } from './types';

export const DEFAULT_LANDMARK_RADIUS = 40 as Meters;

/**
 * For each run, the names of the landmarks it passes within `radius`, in passing order. Each
 * landmark is mentioned once, in the walked run nearest to it; bridges and steps mention none,
 * and neither do landmarks that are stops of the walk.
 * @example landmarksPassed(runs, [watHuaFai], new Set(), 40) // [[], [{ th: 'วัดหัวฝาย', en: 'Wat Hua Fai' }]]
 */
export function landmarksPassed(
  runs: readonly Run[],
  landmarks: readonly Landmark[],
  stopIds: ReadonlySet<string>,
  radius: Meters,
): Localized[][] {
  const passed: { run: number; along: number; name: Localized }[] = [];
  for (const landmark of landmarks) {
    if (stopIds.has(landmark.id)) continue;
    let best: { run: number; along: number; distance: number } | null = null;
    runs.forEach((run, i) => {
      if (run.info.kind === 'bridge' || run.info.kind === 'steps') return;
      const { distance, along } = distanceToLine(landmark.point, run.points);
      if (distance <= radius && (best === null || distance < best.distance)) best = { run: i, along, distance };
    });
    if (best !== null) {
      const { run, along } = best;
      passed.push({ run, along, name: landmark.name });
    }
  }
  passed.sort((a, b) => a.along - b.along);
  return runs.map((_, i) => passed.filter((p) => p.run === i).map((p) => p.name));
}
