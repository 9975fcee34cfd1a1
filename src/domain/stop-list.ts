/**
 * An ordered list of stops, as a walk (site ids) and a field trip (stops with a lock) keep it: the
 * edits both make. Each returns a new list, or null where the edit changes nothing.
 */

/** The list with the stop at `from` moved to `to`; null when `to` is outside the list or the same place. */
export function moved<T>(list: readonly T[], from: number, to: number): T[] | null {
  if (to < 0 || to >= list.length || from < 0 || from >= list.length || from === to) return null;
  const next = [...list];
  const [stop] = next.splice(from, 1);
  next.splice(to, 0, stop!);
  return next;
}

/** The list with `stop` at the end; null when a stop with its id is already in, or the list holds `max`. */
export function added<T>(list: readonly T[], stop: T, idOf: (stop: T) => string, max = Infinity): T[] | null {
  const id = idOf(stop);
  if (list.some((x) => idOf(x) === id) || list.length >= max) return null;
  return [...list, stop];
}

/** The list without the stop of this id. */
export const removed = <T>(list: readonly T[], id: string, idOf: (stop: T) => string): T[] => list.filter((x) => idOf(x) !== id);
