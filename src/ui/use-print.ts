import { useEffect } from 'react';
import { useAppStore } from '../store';

/**
 * Opens the browser's print dialog once the printable view is ready (its map image and any QR
 * code in the page), and ends the print state when printing is done or cancelled.
 */
export function usePrintWhenReady(ready: boolean): void {
  const endPrint = useAppStore((s) => s.endPrint);
  useEffect(() => {
    if (!ready) return;
    const done = () => endPrint();
    window.addEventListener('afterprint', done, { once: true });
    // Let the images reach the page before the print dialog takes its picture.
    const timer = window.setTimeout(() => window.print(), 50);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [ready, endPrint]);
}
