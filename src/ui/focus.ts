import type { RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Applies a change that removes, moves or replaces the focused control, then focuses `target()`.
 * Without this, focus falls to <body> when React removes or reorders the button a keyboard or
 * screen-reader user just pressed, and they lose their place. The change is rendered at once
 * (flushSync), so `target` looks in the page as it is after the change.
 * @example changeThenFocus(() => addStop(id), () => openButton.current)
 */
export function changeThenFocus(change: () => void, target: () => HTMLElement | null | undefined): void {
  flushSync(change);
  target()?.focus();
}

/** A stop's buttons, marked `data-control` on the buttons of each `data-stop-id` item of the list. */
export type StopControl = 'up' | 'down' | 'remove';

/**
 * Where focus goes when a stop list changes under the keyboard. `list` is an <ol> of items with
 * `data-stop-id` whose buttons carry `data-control`; `heading` (tabIndex -1) is where focus goes
 * once the list is empty.
 * @example const focus = useStopListFocus(list, heading); focus.remove(i, () => removeStop(id))
 */
export function useStopListFocus(list: RefObject<HTMLOListElement | null>, heading: RefObject<HTMLElement | null>) {
  const items = () => [...(list.current?.children ?? [])] as HTMLElement[];
  const control = (item: HTMLElement | undefined, name: StopControl) =>
    item?.querySelector<HTMLButtonElement>(`[data-control="${name}"]:not(:disabled)`) ?? null;
  return {
    /** Removes the stop at `index`: focus goes to the next stop's remove button, else the previous one's, else the heading. */
    remove(index: number, change: () => void) {
      changeThenFocus(change, () => {
        const all = items();
        return control(all[index] ?? all[index - 1], 'remove') ?? heading.current;
      });
    },
    /** Moves the stop `id`: focus stays on the same button of that stop, or the other direction's once it is at an end. */
    move(id: string, direction: 'up' | 'down', change: () => void) {
      changeThenFocus(change, () => {
        const item = items().find((li) => li.dataset.stopId === id);
        return control(item, direction) ?? control(item, direction === 'up' ? 'down' : 'up');
      });
    },
  };
}
