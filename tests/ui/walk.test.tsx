import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mapViews, sourceFeatures } from './map-view-mock';
import { renderApp } from './render-app';

vi.mock('../../src/map/map-view', () => import('./map-view-mock'));
beforeEach(() => {
  mapViews.length = 0;
});

const stopIds = () => [...document.querySelectorAll('.walk-stops__item')].map((li) => li.getAttribute('data-stop-id'));

describe('walk panel', () => {
  it('a curated walk draws its route and numbered stops on the map, with distance, time and directions', async () => {
    const { store } = renderApp({ search: '?lang=en&walk=old-city-and-the-moat' });
    const walk = store.getState().data.walks.find((w) => w.id === 'old-city-and-the-moat')!;
    expect(screen.getByRole('tab', { name: /Walk/ })).toHaveAttribute('aria-selected', 'true');
    await screen.findByTestId('walk-panel');
    // The route reaches the map once the lazily loaded router is in.
    await waitFor(() => expect(sourceFeatures('route').length).toBeGreaterThan(0));
    expect(stopIds()).toEqual(walk.stops);
    expect(screen.getByTestId('walk-summary')).toHaveTextContent(/\d(\.\d)? km · \d+ min/);
    expect(sourceFeatures('walk-stops')).toHaveLength(walk.stops.length);
    expect(sourceFeatures('route')).toHaveLength(walk.stops.length - 1);
    const firstLeg = screen.getAllByRole('listitem').find((li) => li.classList.contains('walk-leg'))!;
    expect(within(firstLeg).getAllByRole('listitem')[0]).toHaveTextContent(/^Start at /);
  });

  it('stops are added by search, moved and removed by keyboard; a changed curated walk is no longer linked by its id', async () => {
    const { store } = renderApp({ search: '?lang=th&walk=old-city-and-the-moat' });
    const box = await screen.findByRole('combobox', { name: /เพิ่มจุดแวะ/ });
    await userEvent.type(box, 'วโรรส');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(stopIds().at(-1)).toBe('warorot-market');
    expect(store.getState().walk.curated).toBeNull();
    const before = stopIds();
    await userEvent.click(screen.getByRole('button', { name: /^เลื่อนตลาดวโรรส.*ขึ้น$/ }));
    expect(stopIds()).toEqual([...before.slice(0, -2), before.at(-1), before.at(-2)]);
    await userEvent.click(screen.getByRole('button', { name: /^นำตลาดวโรรส.*ออกจากเส้นทางเดิน$/ }));
    expect(stopIds()).not.toContain('warorot-market');
  });

  it('a single stop asks for a second one; the site card adds and removes a stop', async () => {
    const { store } = renderApp({ search: '?lang=en&site=wat-hua-fai' });
    await userEvent.click(screen.getByRole('button', { name: 'Add to walk' }));
    expect(store.getState().walk.stops).toEqual(['wat-hua-fai']);
    expect(screen.getByText('Stop 1 of your walk.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Open the walk' }));
    expect(await screen.findByText(/Add at least two stops/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove from walk' }));
    expect(store.getState().walk.stops).toEqual([]);
  });

  it('says why a stop cannot be reached (beyond the street data) and swaps in the suggested one', async () => {
    renderApp({ search: '?lang=en&stops=mk01-ring-road-2-bridge,wat-hua-fai' });
    const problem = await screen.findByTestId('walk-problem');
    expect(problem).toHaveTextContent(/Mae Kha bridge, Ring Road 2 is \d+ m from the nearest street/);
    expect(problem).toHaveTextContent('beyond the street data');
    await userEvent.click(within(problem).getByRole('button', { name: /Use Si Lanna community bridge instead of Mae Kha bridge, Ring Road 2/ }));
    expect(screen.queryByTestId('walk-problem')).toBeNull();
    expect(screen.getByTestId('walk-summary')).toBeInTheDocument();
  });
});

describe('walk panel without the walking network', () => {
  it('says the network could not be downloaded, in the reader’s language, keeps the stops, and retries', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const { store } = renderApp({ search: '?lang=th&walk=old-city-and-the-moat' });
    const failed = await screen.findByTestId('network-failed');
    expect(failed).toHaveTextContent('ดาวน์โหลดเครือข่ายทางเดินไม่ได้');
    expect(store.getState().walk.stops.length).toBeGreaterThan(1);
    fetched.mockRestore();
    await userEvent.click(within(failed).getByRole('button', { name: 'ลองอีกครั้ง' }));
    expect(await screen.findByTestId('walk-summary')).toBeInTheDocument();
    expect(screen.queryByTestId('network-failed')).toBeNull();
  });
});
