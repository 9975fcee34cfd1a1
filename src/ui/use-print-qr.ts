import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A printed document's QR code for `link`, drawn while printing is under way: the image, and
 * whether it is the current link's (a language change redraws it). A code that cannot be drawn
 * (a link too long for one) is logged and left out: the document still prints, with its link.
 */
export function usePrintQr(link: string, active: boolean, what: string): { image: string | null; url: string | null; ready: boolean } {
  const [qr, setQr] = useState<{ url: string; image: string | null } | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 360 })
      .then((image) => live && setQr({ url: link, image }))
      .catch((e: unknown) => {
        console.warn(`[${what}] QR code left out`, e);
        if (live) setQr({ url: link, image: null });
      });
    return () => {
      live = false;
    };
  }, [link, active, what]);
  const ready = qr?.url === link;
  return { image: ready ? qr.image : null, url: ready ? qr.url : null, ready };
}
