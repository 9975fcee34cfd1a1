/**
 * The walk part of a shareable link: `?walk=<id>` reopens a curated walk; `?stops=a,b,c&profile=
 * step-free&order=keep&loop=1` reopens a walk of one's own; `pace=3` (km/h) and `start=98.99,18.79`
 * (a point picked on the map) or `start=here` (the opener's own location: a device position is
 * never put in a link) hold the other options. Unknown values are named and dropped; the rest of
 * the walk is kept.
 */
import type { LngLat } from '../domain/types';
import type { Origin } from './ui-slice';
import { parsePoint, writePoint } from './what-if-url';
import { PROFILES, PROFILES_WITHOUT_DATA, type Profile } from '../domain/network/types';
import type { Walk } from '../domain/schema';
import { PACES, WALK_MAX_STOPS } from '../domain/vocab';
import type { UrlProblem } from './url-state';
import { DEFAULT_WALK, type WalkOrder, type WalkPlan } from './walk-slice';

const ORDERS: readonly WalkOrder[] = ['keep', 'optimise'];

export type WalkUrl = { walk: Partial<WalkPlan>; /** A walk's start point picked on the map. */ origin?: LngLat };

const PACE_VALUES: readonly number[] = Object.values(PACES);
/** `start=here`: start where the person opening the link is (they choose to share their location). */
const HERE = 'here';

export function parseWalkParams(
  params: URLSearchParams,
  known: { sites: ReadonlySet<string>; walks: readonly Walk[] },
): { value: WalkUrl; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const walk: Partial<WalkPlan> = {};
  const curatedId = params.get('walk');
  if (curatedId !== null) {
    const curated = known.walks.find((w) => w.id === curatedId);
    if (curated) Object.assign(walk, { stops: [...curated.stops], loop: curated.loop ?? false, curated: curated.id });
    else problems.push({ param: 'walk', values: [curatedId] });
  }
  const stops = params.get('stops');
  if (stops !== null && !walk.curated) {
    const ids = stops.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = ids.filter((id) => !known.sites.has(id));
    if (unknown.length) problems.push({ param: 'stops', values: unknown });
    const kept = [...new Set(ids.filter((id) => known.sites.has(id)))];
    if (kept.length > WALK_MAX_STOPS) problems.push({ param: 'tooManyStops', values: [String(kept.length), String(WALK_MAX_STOPS)] });
    walk.stops = kept.slice(0, WALK_MAX_STOPS);
  }
  const profile = params.get('profile');
  if (profile !== null) {
    if (PROFILES_WITHOUT_DATA.includes(profile as Profile)) problems.push({ param: 'profileWithoutData', values: [profile] });
    else if ((PROFILES as readonly string[]).includes(profile)) walk.profile = profile as Profile;
    else problems.push({ param: 'profile', values: [profile] });
  }
  const order = params.get('order');
  if (order !== null) {
    if ((ORDERS as readonly string[]).includes(order)) walk.order = order as WalkOrder;
    else problems.push({ param: 'order', values: [order] });
  }
  const loop = params.get('loop');
  if (loop !== null && !walk.curated) walk.loop = loop === '1' || loop === 'true';
  const pace = params.get('pace');
  if (pace !== null) {
    if (PACE_VALUES.includes(Number(pace))) walk.pace = Number(pace);
    else problems.push({ param: 'pace', values: [pace] });
  }
  const start = params.get('start');
  let origin: LngLat | undefined;
  if (start !== null) {
    const point = start === HERE ? null : parsePoint(start);
    if (start === HERE || point) walk.start = 'origin';
    else problems.push({ param: 'start', values: [start] });
    if (point) origin = point;
  }
  return { value: { walk, ...(origin ? { origin } : {}) }, problems };
}

/**
 * Only what differs from the defaults; a curated walk is linked by its id while unchanged. True
 * when the link names the walk (its id or its stops), which opens the Walk tab by itself.
 */
export function writeWalkParams(params: URLSearchParams, walk: WalkPlan, origin: Origin | null = null): boolean {
  if (walk.curated) params.set('walk', walk.curated);
  else if (walk.stops.length) params.set('stops', walk.stops.join(','));
  if (walk.profile !== DEFAULT_WALK.profile) params.set('profile', walk.profile);
  if (walk.order !== DEFAULT_WALK.order) params.set('order', walk.order);
  if (walk.loop && !walk.curated) params.set('loop', '1');
  if (walk.pace !== DEFAULT_WALK.pace) params.set('pace', String(walk.pace));
  if (walk.start === 'origin') params.set('start', origin?.kind === 'point' ? writePoint(origin.point) : HERE);
  return Boolean(walk.curated) || walk.stops.length > 0;
}
