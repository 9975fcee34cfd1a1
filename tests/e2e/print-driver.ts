/** Printed documents in the browser tests: a PDF's text and pages (pdf.js), and a QR code's text (jsQR). */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';

/** The PDF's text, page by page (pdf.js legacy build: it runs in Node). */
export async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('') + '\n';
  }
  return { pages: doc.numPages, text };
}

const PDFJS = resolve('node_modules/pdfjs-dist/legacy/build');

/**
 * Each PDF page as a PNG, to look at: pdf.js draws them on a canvas in a browser page (Node has no
 * canvas). Saved as `<prefix>-<n>.png`.
 */
export async function savePdfPages(browser: Browser, pdf: Buffer, prefix: string): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('http://pdf.test/**', async (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === '') return route.fulfill({ contentType: 'text/html', body: '<!doctype html><body></body>' });
    if (name === 'doc.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
    return route.fulfill({ contentType: 'text/javascript', body: await readFile(`${PDFJS}/${name}`) });
  });
  await page.goto('http://pdf.test/');
  const images: string[] = await page.evaluate(async () => {
    const lib = await import('http://pdf.test/pdf.mjs' as string);
    lib.GlobalWorkerOptions.workerSrc = 'http://pdf.test/pdf.worker.mjs';
    const doc = await lib.getDocument('http://pdf.test/doc.pdf').promise;
    const out: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const p = await doc.getPage(i);
      const viewport = p.getViewport({ scale: 1.3 });
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [viewport.width, viewport.height];
      await p.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
      out.push(canvas.toDataURL('image/png'));
    }
    return out;
  });
  await Promise.all(images.map((src, i) => writeFile(`${prefix}-${i + 1}.png`, Buffer.from(src.split(',')[1]!, 'base64'))));
  await context.close();
}

/** The QR code image's text, read with jsQR from its PNG data URL. */
export function readQr(dataUrl: string): string | null {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}

/**
 * Text folded for comparing with pdf.js's extraction. pdf.js reads Chromium's PDFs of Noto Sans
 * Thai with the marks the font swaps for a shifted glyph (a tone mark over an upper vowel, an upper
 * vowel after ป ฝ ฟ ฬ) as U+0000, and sara am as nikhahit + sara aa; poppler's pdftotext reads the
 * same file whole. Both sides therefore keep the consonants, the lower and front vowels, digits
 * and Latin letters, and drop the marks above the line, NULs and white space.
 */
export const foldPdfText = (s: string): string =>
  s
    .normalize('NFC')
    .replaceAll('\u0000', '')
    .replaceAll('\u0E33', '\u0E32')
    // The marks above the line, as code points (a class of combining marks reads as one character to the linter).
    .replace(/\u0E31|[\u0E34-\u0E37]|[\u0E47-\u0E4E]/g, '')
    .replace(/\s+/g, '');
