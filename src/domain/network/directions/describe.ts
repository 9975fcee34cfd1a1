/** From a run's geometry and edge info to the parts of a sentence: compass, turn, lead and action. */
import type { Locale, Localized } from '../../schema';
import type { Meters } from '../../types';
import { formatDistance } from './format';
import type { Action, Lead } from './phrasebook';
import type { Run } from './runs';
import { COMPASS, type Compass, type DirectionsContext, type Turn } from './types';

/**
 * The eight-point compass direction of a bearing.
 * @example compassOf(170) // 'south'
 */
export function compassOf(bearing: number): Compass {
  const sector = Math.round((((bearing % 360) + 360) % 360) / 45) % 8;
  return COMPASS[sector] as Compass;
}

/**
 * A change of heading in words: straight below 20°, slight to 60°, a turn to 150°, sharp to 170°.
 * @example turnOf(-75) // 'left'
 */
export function turnOf(change: number): Turn {
  const angle = Math.abs(change);
  if (angle < 20) return 'straight';
  if (angle > 170) return 'u-turn';
  const side = change < 0 ? 'left' : 'right';
  if (angle < 60) return `slight-${side}`;
  return angle <= 150 ? side : `sharp-${side}`;
}

/** The run as something to do, in the reader's language. */
export function actionOf(
  run: Run,
  distance: Meters,
  bearing: number,
  past: readonly Localized[],
  context: DirectionsContext,
  locale: Locale,
): Action {
  const { info } = run;
  const waterway = (id: string) => context.waterways[id]?.[locale] ?? null;
  if (info.kind === 'bridge') {
    return { kind: 'bridge', name: info.name?.[locale] ?? null, crosses: info.crosses ? waterway(info.crosses) : null };
  }
  if (info.kind === 'steps') return { kind: 'steps' };
  const way = info.name
    ? ({ kind: 'street', name: info.name[locale] } as const)
    : info.kind === 'promenade' && info.beside
      ? ({ kind: 'walkway', waterway: waterway(info.beside.waterway) } as const)
      : info.beside
        ? ({ kind: 'bank', bank: info.beside.bank ?? null, waterway: waterway(info.beside.waterway) } as const)
        : null;
  return {
    kind: 'walk',
    distance: formatDistance(distance, locale),
    compass: compassOf(bearing),
    way,
    past: past.map((name) => name[locale]),
  };
}

/** Going straight on needs no words, unless it takes the walker onto a named street; a turn may be at a landmark. */
export function leadOf(turn: Turn, action: Action, at: string | null = null): Lead {
  const ontoStreet = action.kind === 'walk' && action.way?.kind === 'street';
  return turn === 'straight' && !ontoStreet ? { kind: 'none' } : { kind: 'turn', turn, at };
}
