/** The size limit of imported files, checked before anything is parsed. */
import { fatal, type ImportError } from './issues';

/** Largest accepted import: 5 MB (a CSV of about 160,000 sites; far more than a site inventory). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const mb = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/**
 * Whether a file of `bytes` may be imported; call it with `File.size` before reading the file.
 * @example checkSize(6_000_000) // { ok: false, error: { key: 'import.issue.tooLarge', values: { size: 5.7, limit: 5 } } }
 */
export function checkSize(bytes: number, limit = MAX_IMPORT_BYTES): { ok: true } | { ok: false; error: ImportError } {
  if (!(bytes <= limit)) return fatal('import.issue.tooLarge', { size: mb(bytes), limit: mb(limit) });
  return { ok: true };
}

/**
 * UTF-8 size of a string in bytes, without encoding it.
 * @example utf8Length('ก') // 3
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
