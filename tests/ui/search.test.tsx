import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from './render-app';

vi.mock('../../src/map/map-view', () => import('./map-view-mock'));

describe('site search (combobox)', () => {
  it('finds Thai typed without spaces and without tone marks', async () => {
    renderApp({ search: '?lang=th' });
    const box = screen.getByRole('combobox', { name: /ค้นหา|Search/ });
    await userEvent.type(box, 'สะพานศรีดอนไชย');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('สะพานศรีดอนไชย');
    await userEvent.clear(box);
    await userEvent.type(box, 'ตลาดตนลำไย');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('ตลาดต้นลำไย');
  });

  it('English is case-insensitive and knows Kad Kom = Kat Kom', async () => {
    renderApp({ search: '?lang=en' });
    await userEvent.type(screen.getByRole('combobox', { name: /ค้นหา|Search/ }), 'KAD KOM');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent(/Kat Kom/);
  });

  it('arrow keys move the active option and Enter chooses it', async () => {
    const { store } = renderApp({ search: '?lang=en' });
    const box = screen.getByRole('combobox', { name: /ค้นหา|Search/ });
    await userEvent.type(box, 'market');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const options = screen.getAllByRole('option');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    const name = within(options[1]!).getByText(/Market|market/).textContent;
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selection?.type).toBe('site');
    expect(screen.getByTestId('feature-card')).toHaveTextContent(name!);
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('says so when nothing matches', async () => {
    renderApp({ search: '?lang=en' });
    await userEvent.type(screen.getByRole('combobox', { name: /ค้นหา|Search/ }), 'zzzz');
    expect(screen.getByRole('listbox')).toHaveTextContent('Nothing found for “zzzz”');
  });
});
