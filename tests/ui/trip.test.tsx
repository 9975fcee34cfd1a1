import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeTrip } from '../../src/domain/trip/share';
import { STORAGE_KEY } from '../../src/domain/trip/storage';
import { mapViews, sourceFeatures } from './map-view-mock';
import { renderApp } from './render-app';

vi.mock('../../src/map/map-view', () => import('./map-view-mock'));
beforeEach(() => {
  mapViews.length = 0;
  localStorage.clear();
});

const stopIds = () => [...document.querySelectorAll('.trip-stop')].map((li) => li.getAttribute('data-stop-id'));
const meter = () => screen.getByRole('meter', { name: 'Time used' });
const used = () => Number(meter().getAttribute('aria-valuenow'));
const meterText = () => meter().getAttribute('aria-valuetext') ?? '';

async function openTrip(search = '?lang=en&panel=trip') {
  const app = renderApp({ search });
  await screen.findByTestId('trip-panel', {}, { timeout: 30_000 });
  return app;
}

async function setBudget(minutes: number) {
  const box = screen.getByRole('spinbutton', { name: 'Time budget (minutes)' });
  await userEvent.clear(box);
  await userEvent.type(box, String(minutes));
}

async function propose() {
  await userEvent.click(screen.getByRole('button', { name: /^Propose/ }));
}

describe('field trip panel', () => {
  it('a brief gives a proposal within the budget, each stop with its reasons, times and meeting point', async () => {
    const { store } = await openTrip();
    await setBudget(100);
    await userEvent.click(screen.getByRole('checkbox', { name: 'History and community' }));
    await propose();
    await waitFor(() => expect(stopIds().length).toBeGreaterThan(0));
    expect(used()).toBeLessThanOrEqual(100);
    expect(meterText()).toMatch(/^\d+ of 100 min\. \d+ min to spare\.$/);
    const first = document.querySelector('.trip-stop') as HTMLElement;
    expect(first).toHaveTextContent(/For Water and ecology.*: here the class can learn about [a-z ,]+\. .*It adds \d+ min to the trip\./);
    expect(first).toHaveTextContent(/\d\d:\d\d–\d\d:\d\d/);
    expect(first).toHaveTextContent(/Meet at .+ at \d\d:\d\d\./);
    expect(store.getState().trip!.brief.subjects).toEqual(['water-ecology', 'history-community']);
    // The map draws the route while the tab is open.
    await waitFor(() => expect(sourceFeatures('walk-stops')).toHaveLength(stopIds().length));
  });

  it('locking, removing and reordering update the budget bar; locked stops stay when proposing again', async () => {
    await openTrip();
    await setBudget(150);
    await propose();
    await waitFor(() => expect(stopIds().length).toBeGreaterThan(2));
    const [a, b] = stopIds() as [string, string];
    const before = meterText();
    const tool = (id: string, label: RegExp) => within(document.querySelector(`[data-stop-id="${id}"]`) as HTMLElement).getByRole('button', { name: label });
    await userEvent.click(tool(a, /^Move .+ down$/));
    expect(stopIds().slice(0, 2)).toEqual([b, a]);
    await userEvent.click(tool(b, /^Lock /));
    expect(tool(b, /^Lock /)).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(tool(a, /^Remove /));
    expect(stopIds()).not.toContain(a);
    expect(meterText()).not.toBe(before);
    await propose();
    await waitFor(() => expect(stopIds()).toContain(b));
    expect(stopIds()).not.toContain(a);
    expect(used()).toBeLessThanOrEqual(150);
  });

  it('warns when the stops go over the budget', async () => {
    await openTrip();
    await setBudget(240);
    await propose();
    await waitFor(() => expect(stopIds().length).toBeGreaterThan(3));
    await setBudget(60);
    expect(within(screen.getByTestId('trip-budget')).getByText(/^Over budget by \d+ min\.$/)).toBeInTheDocument();
    expect(meterText()).toMatch(/Over budget by/);
    expect(used()).toBe(60);
  });

  it('a budget too short for any stop says so and offers the minimum', async () => {
    const code = encodeTrip({
      name: 'Short',
      brief: { date: '2026-12-01', startTime: '09:00', budgetMinutes: 60, group: 'primary', groupSize: 40, subjects: ['culture'], start: { kind: 'site', id: 'mk04-si-mongkhon-bridge' }, end: { kind: 'site', id: 'mk04-si-mongkhon-bridge' }, stepFree: false },
      stops: [],
    });
    await openTrip(`?lang=en&trip=${code}`);
    await propose();
    const error = await screen.findByTestId('trip-error');
    expect(error).toHaveTextContent(/^60 min is too short for any stop; you need at least (\d+) min \(via Tha Phae Gate\)\./);
    const minimum = Number(/at least (\d+) min/.exec(error.textContent!)![1]);
    await userEvent.click(within(error).getByRole('button', { name: `Use ${minimum} min` }));
    await waitFor(() => expect(stopIds().length).toBeGreaterThan(0));
    expect(used()).toBeLessThanOrEqual(minimum);
    // The pressed button went with the error; focus is on "Propose again", not lost.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Propose again/ }));
  });

  it('saves, renames, duplicates and deletes trips in the browser', async () => {
    await openTrip();
    await propose();
    await waitFor(() => expect(stopIds().length).toBeGreaterThan(0));
    const name = screen.getByRole('textbox', { name: 'Trip name' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Grade 5 canal walk');
    await userEvent.click(screen.getByRole('button', { name: 'Save trip' }));
    expect(screen.getByTestId('trip-saved-status')).toHaveTextContent('Saved “Grade 5 canal walk”.');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).trips).toHaveLength(1);

    await userEvent.click(screen.getByRole('button', { name: 'Rename Grade 5 canal walk' }));
    const rename = screen.getByRole('textbox', { name: 'New name for Grade 5 canal walk' });
    await userEvent.clear(rename);
    await userEvent.type(rename, 'Water walk{Enter}');
    expect(screen.getByRole('button', { name: 'Open Water walk' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Duplicate Water walk' }));
    expect(screen.getByRole('button', { name: 'Open Water walk (2)' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).trips.map((t: { name: string }) => t.name).sort()).toEqual(['Water walk', 'Water walk (2)']);

    await userEvent.click(screen.getByRole('button', { name: 'Delete Water walk (2)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete Water walk (2)' }));
    expect(screen.queryByRole('button', { name: 'Open Water walk (2)' })).toBeNull();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).trips).toHaveLength(1);
  });

  it('a damaged import file is named and leaves the saved trips untouched', async () => {
    await openTrip();
    await userEvent.click(screen.getByRole('button', { name: 'Save trip' }));
    const stored = localStorage.getItem(STORAGE_KEY);
    const input = screen.getByLabelText('Import trips (JSON file, up to 1 MB)');
    const status = () => screen.getByTestId('trip-saved-status');
    await userEvent.upload(input, new File(['{"kind":"maekha-trips","version":2,"trips":[{"id":"x"'], 'trips.json', { type: 'application/json' }));
    await waitFor(() => expect(status()).toHaveTextContent('Nothing was imported: The file is not JSON (a trip file is the JSON the app exports; CSV and other files cannot be read here). Your saved trips are unchanged.'));
    await userEvent.upload(input, new File([''], 'empty.json', { type: 'application/json' }));
    await waitFor(() => expect(status()).toHaveTextContent('Nothing was imported: The file is empty.'));
    // The picker offers JSON files first; a reader can still choose "all files" and pick a CSV.
    fireEvent.change(input, { target: { files: [new File(['name,lat,lng\nวัด,18.7,98.9'], 'sites.csv', { type: 'text/csv' })] } });
    await waitFor(() => expect(status()).toHaveTextContent('The file is not JSON'));
    fireEvent.change(input, { target: { files: [new File([new Uint8Array(1_200_000)], 'big.json', { type: 'application/json' })] } });
    await waitFor(() => expect(status()).toHaveTextContent('The file is 1200 kB; trip files up to 1000 kB are read.'));
    fireEvent.change(input, { target: { files: [new File(['{"kind":"something-else"}'], 'other.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByTestId('trip-saved-status')).toHaveTextContent('This file is not a trip file.'));
    expect(localStorage.getItem(STORAGE_KEY)).toBe(stored);
    expect(screen.getAllByRole('button', { name: /^Open / })).toHaveLength(1);
  });

  it('says "saved" only once the browser stored the trip; a full storage offers the trip as a file', async () => {
    await openTrip();
    const write = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await userEvent.click(screen.getByRole('button', { name: 'Save trip' }));
      expect(screen.getByTestId('trip-saved-status')).toHaveTextContent('Not saved: this browser refused to store the trips (the browser’s storage for this site is full). Nothing else changed; download the trip to keep it.');
      expect(screen.getByRole('button', { name: 'Download the trip (JSON)' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /^Open / })).toBeNull();
    } finally {
      write.mockRestore();
    }
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save trip' }));
    expect(screen.getByTestId('trip-saved-status')).toHaveTextContent(/^Saved “/);
  });

  it('leaves trips it cannot read untouched, refuses to save over them, and starts afresh only with them kept', async () => {
    const unknown = JSON.stringify({ version: 3, trips: [{ id: 'from-the-future' }] });
    localStorage.setItem(STORAGE_KEY, unknown);
    await openTrip();
    const locked = await screen.findByTestId('trip-store-locked');
    expect(locked).toHaveTextContent('could not be read');
    await userEvent.click(screen.getByRole('button', { name: 'Save trip' }));
    expect(screen.getByTestId('trip-saved-status')).toHaveTextContent('Not saved: the trips already stored here could not be read');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(unknown);
    await userEvent.click(within(locked).getByRole('button', { name: 'Keep them as a backup and start a new list' }));
    expect(screen.queryByTestId('trip-store-locked')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save trip' }));
    expect(screen.getByTestId('trip-saved-status')).toHaveTextContent(/^Saved “/);
    // The unreadable text is a backup, listed with its reason, downloadable.
    await userEvent.click(screen.getByText('Backups of saved trips'));
    const backups = await screen.findByTestId('trip-backups');
    expect(backups).toHaveTextContent('could not be read');
    expect(within(backups).getByRole('button', { name: 'Download' })).toBeInTheDocument();
  });

  it('recovers a damaged store, keeping the good trips and naming what was dropped', async () => {
    const good = { id: 'trip-good', name: 'Good trip', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', brief: { date: '2026-02-01', startTime: '09:00', budgetMinutes: 90, group: 'adult', groupSize: 10, subjects: ['culture'], start: { kind: 'site', id: 'tha-phae-gate' }, end: { kind: 'site', id: 'tha-phae-gate' }, stepFree: false }, stops: [] };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 2, trips: [good, { id: 'trip-bad', name: '' }] }));
    await openTrip();
    expect(await screen.findByText(/Saved trips recovered: 1 damaged trip was left out \(trip-bad\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open Good trip' })).toBeInTheDocument();
  });

  it('the share link reopens the same trip; unknown places are named and the rest kept', async () => {
    const first = await openTrip();
    await propose();
    await waitFor(() => expect(stopIds().length).toBeGreaterThan(1));
    const ids = stopIds();
    const link = new URL((screen.getByRole('textbox', { name: 'Link to this trip' }) as HTMLInputElement).value);
    expect(link.searchParams.get('lang')).toBe('en');
    first.unmount();

    const second = await openTrip(link.search);
    // Opened from the link: the itinerary to follow, the stops in order, the trip's name focused.
    const itinerary = await screen.findByTestId('trip-itinerary');
    expect([...itinerary.querySelectorAll('.trip-itinerary__stop')].map((li) => li.getAttribute('data-stop-id'))).toEqual(ids);
    expect(document.activeElement).toBe(within(itinerary).getByRole('heading', { level: 2 }));
    expect(itinerary).toHaveTextContent('What you can learn here');
    // Editing is one step away.
    await userEvent.click(within(itinerary).getByRole('button', { name: 'Change this trip' }));
    await waitFor(() => expect(stopIds()).toEqual(ids));
    second.unmount();

    const code = link.searchParams.get('trip')!;
    const { decodeTrip } = await import('../../src/domain/trip/share');
    const trip = decodeTrip(code, new Set(ids as string[]));
    if (!trip.ok) throw new Error('decode');
    const broken = encodeTrip({ ...trip.trip, stops: [...trip.trip.stops, { id: 'no-such-place', locked: false }] });
    const again = await openTrip(`?lang=en&trip=${broken}`);
    expect(await screen.findAllByText('These places are no longer on the map: no-such-place')).not.toHaveLength(0);
    await waitFor(() => expect([...document.querySelectorAll('.trip-itinerary__stop')].map((li) => li.getAttribute('data-stop-id'))).toEqual(ids));
    again.unmount();
  }, 20_000);
});
