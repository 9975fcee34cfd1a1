/** Which landmarks a walk goes past or turns at, and in which step to mention each. */
import type { Localized } from '../../schema';
import type { LngLat, Meters } from '../../types';
import { distanceToLine, planarDistance } from './geometry';
import type { Run } from './runs';
import type { Landmark } from './types';

export const DEFAULT_LANDMARK_RADIUS = 40 as Meters;
/** A landmark this close to where a turn is made names the turn ("turn left at Wat Chomphu"). */
export const TURN_LANDMARK_RADIUS = 30 as Meters;
/** At most this many landmarks are named as passed in one step: the app's sites first, then the nearest. */
export const MAX_PASSED = 2;

const isCrossing = (run: Run) => run.info.kind === 'bridge' || run.info.kind === 'steps';

/**
 * For each run, the landmark at the point where it begins with a turn, or null: the nearest one
 * within `radius` that is not a stop of the walk. Each landmark names at most one turn.
 * @example landmarksAtTurns(runs, [watChomphu], new Set()) // [null, { th: 'วัดชมพู', en: 'วัดชมพู' }]
 */
export function landmarksAtTurns(
  runs: readonly Run[],
  landmarks: readonly Landmark[],
  stopIds: ReadonlySet<string>,
  isTurn: (run: Run, index: number) => boolean,
  radius: Meters = TURN_LANDMARK_RADIUS,
): (Landmark | null)[] {
  const used = new Set<string>();
  return runs.map((run, i) => {
    if (i === 0 || !isTurn(run, i)) return null;
    const at = run.points[0] as LngLat;
    let best: { landmark: Landmark; distance: number } | null = null;
    for (const landmark of landmarks) {
      if (stopIds.has(landmark.id) || used.has(landmark.id)) continue;
      const distance = planarDistance(at, landmark.point);
      if (distance <= radius && (best === null || distance < best.distance)) best = { landmark, distance };
    }
    if (best) used.add(best.landmark.id);
    return best?.landmark ?? null;
  });
}

/**
 * For each run, the names of the landmarks it passes within `radius`, in passing order. Each
 * landmark is mentioned once, in the walked run nearest to it; bridges and steps mention none,
 * and neither do landmarks that are stops of the walk or that `exclude` names (already said at a
 * turn). A run names at most MAX_PASSED: the app's own sites before other places, then the nearest.
 * @example landmarksPassed(runs, [watHuaFai], new Set(), 40) // [[], [{ th: 'วัดหัวฝาย', en: 'Wat Hua Fai' }]]
 */
export function landmarksPassed(
  runs: readonly Run[],
  landmarks: readonly Landmark[],
  stopIds: ReadonlySet<string>,
  radius: Meters,
  exclude: ReadonlySet<string> = new Set(),
): Localized[][] {
  const passed: { run: number; along: number; distance: number; name: Localized; minor: boolean }[] = [];
  for (const landmark of landmarks) {
    if (stopIds.has(landmark.id) || exclude.has(landmark.id)) continue;
    let best: { run: number; along: number; distance: number } | null = null;
    runs.forEach((run, i) => {
      if (isCrossing(run)) return;
      const { distance, along } = distanceToLine(landmark.point, run.points);
      if (distance <= radius && (best === null || distance < best.distance)) best = { run: i, along, distance };
    });
    if (best !== null) {
      const { run, along, distance } = best;
      passed.push({ run, along, distance, name: landmark.name, minor: landmark.minor === true });
    }
  }
  return runs.map((_, i) =>
    passed
      .filter((p) => p.run === i)
      .sort((a, b) => Number(a.minor) - Number(b.minor) || a.distance - b.distance)
      .slice(0, MAX_PASSED)
      .sort((a, b) => a.along - b.along)
      .map((p) => p.name),
  );
}
