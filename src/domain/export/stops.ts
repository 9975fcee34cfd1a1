/** The stops of an exported walk, put in the walk's order. */
import type { Route } from '../network/types';
import type { LngLat } from '../types';

export type ExportStop<Name> = { id: string; name: Name; point: LngLat };

/**
 * The given stops in `route.stops` order (a loop's start once). A route stop without an entry is a
 * programmer error: the caller has every stop's name and point.
 * @example stopsInWalkOrder(route, stops).map((s) => s.id) // ['wat-a', 'market-b']
 */
export function stopsInWalkOrder<Name>(route: Route, stops: readonly ExportStop<Name>[]): ExportStop<Name>[] {
  const byId = new Map(stops.map((s) => [s.id, s]));
  return walkStopIds(route).map((id) => {
    const stop = byId.get(id);
    if (stop === undefined) throw new RangeError(`stops: no name and point given for route stop "${id}"`);
    return stop;
  });
}

/**
 * The stops a walk visits, in order, each once: a loop's return to its start is a leg, not a stop
 * (whether or not `route.stops` repeats the start at its end).
 * @example walkStopIds({ stops: ['a', 'b', 'c'], loop: true, ... }) // ['a', 'b', 'c']
 */
export function walkStopIds(route: Pick<Route, 'stops' | 'loop'>): string[] {
  const ids = route.stops;
  const closed = route.loop && ids.length > 1 && ids.at(-1) === ids[0];
  return closed ? ids.slice(0, -1) : [...ids];
}

/** The walk's line as one list of positions, the point shared by consecutive legs kept once. */
export function routeLine(route: Route): LngLat[] {
  const line: LngLat[] = [];
  for (const leg of route.legs) {
    const last = line.at(-1);
    const first = leg.geometry[0];
    const sameAsLast = last !== undefined && first !== undefined && last[0] === first[0] && last[1] === first[1];
    line.push(...(sameAsLast ? leg.geometry.slice(1) : leg.geometry));
  }
  return line;
}
