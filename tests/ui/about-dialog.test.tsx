import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mapViews } from './map-view-mock';
import { renderApp } from './render-app';

vi.mock('../../src/map/map-view', () => import('./map-view-mock'));
beforeEach(() => {
  mapViews.length = 0;
});

async function openAbout() {
  renderApp();
  const opener = screen.getByRole('button', { name: 'About the data' });
  await userEvent.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'About the data' });
  return { opener, dialog };
}

describe('the About dialog', () => {
  it('opens with showModal (the page behind is inert in a browser), focused as a whole', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const { dialog } = await openAbout();
    expect(showModal).toHaveBeenCalledOnce();
    expect(showModal.mock.contexts[0]).toBe(dialog);
    expect(dialog).toHaveFocus();
    showModal.mockRestore();
  });

  it('keeps Tab and Shift+Tab inside, wrapping at both ends', async () => {
    const { dialog } = await openAbout();
    const close = within(dialog).getByRole('button', { name: 'Close' });
    const inside = () => dialog.contains(document.activeElement);
    await userEvent.tab();
    expect(close).toHaveFocus();
    for (let i = 0; i < 4; i++) {
      await userEvent.tab();
      expect(inside()).toBe(true);
    }
    for (let i = 0; i < 4; i++) {
      await userEvent.tab({ shift: true });
      expect(inside()).toBe(true);
    }
    const buttons = within(dialog).getAllByRole('button');
    buttons.at(-1)!.focus();
    await userEvent.tab();
    expect(close).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(buttons.at(-1)).toHaveFocus();
  });

  it('closes on Escape and gives focus back to the button that opened it', async () => {
    const { opener } = await openAbout();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('a click on the backdrop closes it and gives focus back to the button that opened it', async () => {
    const { opener, dialog } = await openAbout();
    await userEvent.click(dialog);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('closed by its Close button, gives focus back to the button that opened it', async () => {
    const { opener, dialog } = await openAbout();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(opener).toHaveFocus();
  });
});
