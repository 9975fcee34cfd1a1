import QRCode from 'qrcode';
import { useEffect, useId, useState } from 'react';
import { useAppStore } from '../store';
import type { PrintLanguage } from '../store/ui-slice';

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

/**
 * A printed document's QR code for `link`, drawn while printing is under way: the image, and
 * whether it is the current link's (a language change redraws it).
 */
export function usePrintQr(link: string, active: boolean, what: string): { image: string | null; url: string | null; ready: boolean } {
  const [qr, setQr] = useState<{ url: string; image: string } | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 360 })
      .then((image) => live && setQr({ url: link, image }))
      .catch((e: unknown) => console.error(`[${what}] QR code failed`, e));
    return () => {
      live = false;
    };
  }, [link, active, what]);
  const ready = qr?.url === link;
  return { image: ready ? qr.image : null, url: ready ? qr.url : null, ready };
}

const PRINT_LANGUAGES: readonly PrintLanguage[] = ['th', 'en', 'both'];

/** The radio buttons choosing a printed document's language. */
export function PrintLanguageRadios(props: { legend: string; label: (l: PrintLanguage) => string; value: PrintLanguage; onChange: (l: PrintLanguage) => void }) {
  const name = useId();
  return (
    <fieldset className="trip-radios">
      <legend>{props.legend}</legend>
      {PRINT_LANGUAGES.map((l) => (
        <label key={l}>
          <input type="radio" name={name} value={l} checked={props.value === l} onChange={() => props.onChange(l)} /> {props.label(l)}
        </label>
      ))}
    </fieldset>
  );
}
