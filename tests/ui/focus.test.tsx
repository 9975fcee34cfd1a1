/** Where keyboard focus lands after a control that was just used goes away, moves or hides. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mapViews } from './map-view-mock';
import { renderApp } from './render-app';

vi.mock('../../src/map/map-view', () => import('./map-view-mock'));
beforeEach(() => {
  mapViews.length = 0;
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

// jsdom cannot decode images; the print view waits for its map image to decode before printing.
HTMLImageElement.prototype.decode ??= () => Promise.resolve();

/**
 * The browser's print, as Chromium does it: laid out for print, the page hides everything but the
 * print view and the focused control loses focus; then printing ends ('afterprint').
 */
const fakePrint = () =>
  vi.spyOn(window, 'print').mockImplementation(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.dispatchEvent(new Event('afterprint'));
  });

const focused = () => document.activeElement;

describe('walk stops', () => {
  const ids = () => [...document.querySelectorAll('.walk-stops__item')].map((li) => li.getAttribute('data-stop-id')!);
  const tool = (id: string, label: RegExp) =>
    within(document.querySelector(`.walk-stops__item[data-stop-id="${id}"]`) as HTMLElement).getByRole('button', { name: label });
  const open = async (search = '?lang=en&walk=old-city-and-the-moat') => {
    renderApp({ search });
    await screen.findByTestId('walk-panel');
    return ids();
  };

  it('removing a stop focuses the next stop’s remove button', async () => {
    const [, , third, fourth] = await open();
    await userEvent.click(tool(third!, /^Remove /));
    expect(ids()).not.toContain(third);
    expect(focused()).toBe(tool(fourth!, /^Remove /));
  });

  it('removing the last stop focuses the previous stop’s remove button', async () => {
    const stops = await open();
    await userEvent.click(tool(stops.at(-1)!, /^Remove /));
    expect(focused()).toBe(tool(stops.at(-2)!, /^Remove /));
  });

  it('removing every stop by keyboard ends on the list’s heading', async () => {
    const stops = await open();
    tool(stops[0]!, /^Remove /).focus();
    for (let left = stops.length; left > 0; left--) {
      await userEvent.keyboard('{Enter}');
      expect(ids()).toHaveLength(left - 1);
      expect(focused()).not.toBe(document.body);
    }
    expect(focused()).toBe(screen.getByRole('heading', { name: /^Your stops/ }));
  });

  it('moving a stop keeps focus on the same button of the moved stop', async () => {
    const [first, second] = await open();
    await userEvent.click(tool(second!, /later$/));
    expect(ids()[2]).toBe(second);
    expect(focused()).toBe(tool(second!, /later$/));
    await userEvent.click(tool(first!, /later$/));
    expect(ids()[1]).toBe(first);
    expect(focused()).toBe(tool(first!, /later$/));
  });

  it('a stop moved to either end keeps focus on its button for the other direction', async () => {
    const stops = await open();
    await userEvent.click(tool(stops[1]!, /earlier$/));
    expect(ids()[0]).toBe(stops[1]);
    expect(focused()).toBe(tool(stops[1]!, /later$/));
    await userEvent.click(tool(stops.at(-2)!, /later$/));
    expect(ids().at(-1)).toBe(stops.at(-2));
    expect(focused()).toBe(tool(stops.at(-2)!, /earlier$/));
  });

  it('clearing the walk focuses the list’s heading', async () => {
    await open();
    await userEvent.click(screen.getByRole('button', { name: 'Clear the walk' }));
    expect(ids()).toEqual([]);
    expect(focused()).toBe(screen.getByRole('heading', { name: /^Your stops/ }));
  });

  it('using the suggested stop for one the streets cannot reach focuses the route that replaces the problem', async () => {
    await open('?lang=en&stops=mk01-ring-road-2-bridge,wat-hua-fai');
    const problem = await screen.findByTestId('walk-problem');
    await userEvent.click(within(problem).getByRole('button', { name: /^Use .+ instead of / }));
    expect(screen.queryByTestId('walk-problem')).toBeNull();
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Your walk' }));
  });

  it('printing gives focus back to the Print button when it ends', async () => {
    const print = fakePrint();
    await open();
    await screen.findByTestId('walk-summary');
    const button = screen.getByRole('button', { name: 'Print (A4)' });
    await userEvent.click(button);
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect(focused()).toBe(button);
  });
});

describe('Add to walk on a site’s card', () => {
  it('focus moves to what replaces each button: Open the walk, then Add to walk again', async () => {
    renderApp({ search: '?lang=en&site=wat-hua-fai' });
    await userEvent.click(screen.getByRole('button', { name: 'Add to walk' }));
    expect(focused()).toBe(screen.getByRole('button', { name: 'Open the walk' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove from walk' }));
    expect(focused()).toBe(screen.getByRole('button', { name: 'Add to walk' }));
  });
});

describe('trip stops', () => {
  const ids = () => [...document.querySelectorAll('.trip-stop')].map((li) => li.getAttribute('data-stop-id')!);
  const remove = (id: string) =>
    within(document.querySelector(`.trip-stop[data-stop-id="${id}"]`) as HTMLElement).getByRole('button', { name: /^Remove / });
  async function tripWith(queries: string[]) {
    renderApp({ search: '?lang=en&panel=trip' });
    const box = await screen.findByRole('combobox', { name: 'Add a stop to the trip' });
    for (const q of queries) {
      await userEvent.type(box, q);
      await userEvent.keyboard('{ArrowDown}{Enter}');
    }
    expect(ids()).toHaveLength(queries.length);
    return ids();
  }

  it('removing a stop focuses the next one’s remove button, the previous one’s at the end, then the heading', async () => {
    const [a, b, c] = await tripWith(['warorot', 'tha phae gate', 'wat hua fai']);
    await userEvent.click(remove(b!));
    expect(focused()).toBe(remove(c!));
    await userEvent.keyboard('{Enter}');
    expect(ids()).toEqual([a]);
    expect(focused()).toBe(remove(a!));
    await userEvent.keyboard('{Enter}');
    expect(ids()).toEqual([]);
    expect(focused()).toBe(screen.getByRole('heading', { name: 'Stops' }));
  });

  it('printing the handout gives focus back to its button when it ends', async () => {
    const print = fakePrint();
    await tripWith(['warorot', 'tha phae gate']);
    const button = screen.getByRole('button', { name: 'Print handout' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    await waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect(focused()).toBe(button);
  });
});
