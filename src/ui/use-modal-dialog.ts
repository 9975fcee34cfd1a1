import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type SyntheticEvent } from 'react';

const TABBABLE = [
  'a[href]',
  'button:not(:disabled)',
  'input:not(:disabled):not([type="hidden"])',
  'select:not(:disabled)',
  'textarea:not(:disabled)',
  'details > summary',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** The controls Tab can reach inside `root`, in document order. */
function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => !(Number(el.getAttribute('tabindex')) < 0) && !el.closest('[hidden], [inert]'));
}

/**
 * A modal `<dialog>` while `open`: shown with `showModal()` (the page behind turns inert and the
 * dialog sits above the map), focused as a whole so its title is read first; Tab and Shift+Tab wrap
 * inside it (Chromium would otherwise let Tab leave for the browser's toolbar); Escape, the
 * backdrop and the dialog's own close request call `onClose`, so the store stays the one source of
 * truth; and when it closes, focus goes back to the control that opened it.
 * @example const dialog = useModalDialog(open, () => setOpen(false)); <dialog {...dialog} tabIndex={-1}>
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    dialog.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [open]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key !== 'Tab') return;
    const dialog = e.currentTarget;
    const items = tabbables(dialog);
    const first = items[0] ?? dialog;
    const last = items.at(-1) ?? dialog;
    const active = document.activeElement;
    const wrapTo = e.shiftKey ? (active === first || active === dialog ? last : null) : active === last ? first : null;
    if (!wrapTo) return;
    e.preventDefault();
    wrapTo.focus();
  };
  // Escape in a modal dialog is a close request (a `cancel` event): close through the store instead.
  const onCancel = (e: SyntheticEvent<HTMLDialogElement>) => {
    e.preventDefault();
    onClose();
  };
  // A click on the dialog element itself is a click on its backdrop (its contents fill it).
  const onClick = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) onClose();
  };
  return { ref, onKeyDown, onCancel, onClick };
}
