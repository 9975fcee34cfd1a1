/** The app's polite live region: mounted from the start, then told what a change did, in the reader's language. */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mapViews } from './map-view-mock';
import { renderApp } from './render-app';

vi.mock('../../src/map/map-view', () => import('./map-view-mock'));
beforeEach(() => {
  mapViews.length = 0;
  localStorage.clear();
});

/** The region as first rendered: a region inserted together with its text is often not read. */
function liveRegion() {
  const region = screen.getByTestId('announcer');
  expect(region).toHaveAttribute('aria-live', 'polite');
  expect(region).toBeEmptyDOMElement();
  return region;
}

async function addBySearch(label: string | RegExp, query: string) {
  await userEvent.type(await screen.findByRole('combobox', { name: label }), query);
  await userEvent.keyboard('{ArrowDown}{Enter}');
}

describe('announcements', () => {
  it('a stop added from the walk’s search, and the route it changes', async () => {
    renderApp({ search: '?lang=en&stops=wat-hua-fai,rakaeng-bridge' });
    const region = liveRegion();
    await screen.findByTestId('walk-summary');
    await addBySearch(/^Add a stop/, 'warorot');
    expect(region).toHaveTextContent('Added Warorot Market (Kad Luang) to the walk.');
    await waitFor(() => expect(region).toHaveTextContent(/Route updated: 3 stops, [\d.]+ k?m, about (\d+ h )?\d+ min on foot\./));
    // Each message is its own node, the stop before the route it changed.
    const said = [...region.children].map((p) => p.textContent);
    expect(said.at(-2)).toBe('Added Warorot Market (Kad Luang) to the walk.');
    expect(said.at(-1)).toMatch(/^Route updated: 3 stops/);
  });

  it('in Thai, for a Thai reader', async () => {
    renderApp({ search: '?lang=th&stops=wat-hua-fai,rakaeng-bridge' });
    const region = liveRegion();
    await screen.findByTestId('walk-summary');
    await addBySearch(/^เพิ่มจุดแวะ/, 'วโรรส');
    expect(region).toHaveTextContent('เพิ่มตลาดวโรรส (กาดหลวง)ในเส้นทางเดินแล้ว');
    await waitFor(() => expect(region).toHaveTextContent(/ปรับเส้นทางแล้ว: มีจุดแวะ 3 จุด ระยะทาง [\d.]+ ก?ม\. เดินประมาณ .*นาที/));
    expect(region).not.toHaveTextContent(/Route|Added/);
  });

  it('a route that changes when a stop moves, and the stop’s new place', async () => {
    renderApp({ search: '?lang=en&stops=wat-hua-fai,rakaeng-bridge,warorot-market' });
    const region = liveRegion();
    await screen.findByTestId('walk-summary');
    await userEvent.click(screen.getByRole('button', { name: /^Move Warorot Market .* earlier$/ }));
    expect(region).toHaveTextContent('Warorot Market (Kad Luang) is now stop 2 of 3.');
    await waitFor(() => expect(region).toHaveTextContent(/Route updated: 3 stops, /));
  });

  it('a stop added from a site’s card', async () => {
    renderApp({ search: '?lang=en&site=wat-hua-fai' });
    const region = liveRegion();
    await userEvent.click(screen.getByRole('button', { name: 'Add to walk' }));
    expect(region).toHaveTextContent('Added Wat Hua Fai to the walk.');
  });

  it('a stop added from the trip’s search, and the trip it changes', async () => {
    renderApp({ search: '?lang=en&panel=trip' });
    const region = liveRegion();
    await addBySearch('Add a stop to the trip', 'warorot');
    expect(region).toHaveTextContent('Added Warorot Market (Kad Luang) to the trip.');
    await addBySearch('Add a stop to the trip', 'tha phae gate');
    expect(region).toHaveTextContent('Added Tha Phae Gate to the trip.');
    await waitFor(() => expect(region).toHaveTextContent(/Trip updated: 2 stops, [\d.]+ k?m on foot, \d+ of \d+ min\. \d+ min to spare\./));
  });
});
