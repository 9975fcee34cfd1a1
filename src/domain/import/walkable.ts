/**
 * Whether an imported line can be walked, from its OpenStreetMap tags: motorways, roads under
 * construction and ways closed to people on foot are not. Untagged lines are taken as walkable
 * (the file says nothing against them); "About the data" and the import summary say so.
 */

/** `highway` values nobody may walk along. */
const NOT_FOR_WALKING = new Set(['motorway', 'motorway_link', 'construction', 'proposed', 'abandoned', 'raceway', 'bus_guideway', 'busway']);
/** `foot` or `access` values that keep people on foot out (a `foot` that allows them wins over `access`). */
const CLOSED = new Set(['no', 'private']);
const FOOT_ALLOWED = new Set(['yes', 'designated', 'permissive']);

/**
 * The tag that makes a line unwalkable, or null.
 * @example notWalkable({ highway: 'motorway' }) // { tag: 'highway', value: 'motorway' }
 * @example notWalkable({ highway: 'service', access: 'private', foot: 'yes' }) // null
 */
export function notWalkable(properties: Readonly<Record<string, unknown>>): { tag: string; value: string } | null {
  const text = (k: string) => (typeof properties[k] === 'string' ? (properties[k] as string).trim().toLowerCase() : undefined);
  const highway = text('highway');
  if (highway && NOT_FOR_WALKING.has(highway)) return { tag: 'highway', value: highway };
  const foot = text('foot');
  if (foot && CLOSED.has(foot)) return { tag: 'foot', value: foot };
  const access = text('access');
  if (access && CLOSED.has(access) && !(foot && FOOT_ALLOWED.has(foot))) return { tag: 'access', value: access };
  return null;
}
