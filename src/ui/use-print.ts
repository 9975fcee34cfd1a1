import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../store';

/** The print view's images, decoded, and the page's fonts, loaded: what the printed page needs. */
async function pageSettled(): Promise<void> {
  const images = [...document.querySelectorAll<HTMLImageElement>('.print-view img')];
  await Promise.all([document.fonts?.ready, ...images.map((img) => img.decode().catch(() => undefined))]);
}

/**
 * Opens the browser's print dialog once the printable view is ready (its map image and any QR
 * code in the page, decoded, and the fonts loaded), and ends the print state when printing is
 * done or cancelled.
 */
export function usePrintWhenReady(ready: boolean): void {
  const endPrint = useAppStore((s) => s.endPrint);
  useFocusReturnAfterPrint();
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const done = () => endPrint();
    window.addEventListener('afterprint', done, { once: true });
    void pageSettled().then(() => live && window.print());
    return () => {
      live = false;
      window.removeEventListener('afterprint', done);
    };
  }, [ready, endPrint]);
}

/** A printable view that goes away (its tab closed) ends the print it was preparing. */
export function useEndPrintOnUnmount(): void {
  const store = useAppStoreApi();
  useEffect(
    () => () => {
      if (store.getState().print.status !== 'idle') store.getState().endPrint();
    },
    [store],
  );
}

/**
 * Gives focus back to the control that started printing once printing ends. While the page is laid
 * out for print, everything but the print view is hidden, and Chromium blurs the focused button: a
 * keyboard or screen-reader user came back to <body>, at the top of the page.
 */
function useFocusReturnAfterPrint(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let opener: Element | null = null;
    return store.subscribe((s, prev) => {
      if (s.print.status === prev.print.status) return;
      if (prev.print.status === 'idle') opener = document.activeElement;
      else if (s.print.status === 'idle') {
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
        opener = null;
      }
    });
  }, [store]);
}
