/**
 * CSV text to rows with the line each starts on (quoted fields may span lines), via papaparse.
 * Delimiter: comma, tab or semicolon, guessed from the header line.
 */
import Papa from 'papaparse';

export const DELIMITERS = [',', '\t', ';'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** `malformed`: papaparse's message about broken quotes; the row then runs to `lastLine`. */
export type CsvRow = { line: number; cells: string[]; malformed?: { detail: string; lastLine: number } };

/**
 * The delimiter used most often in the first line outside quotes; comma on a tie or none.
 * @example guessDelimiter('name;lat;lon\n…') // ';'
 */
export function guessDelimiter(text: string): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) break;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** Text with the BOM removed and every line break as `\n` (line numbers stay those of the file). */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** How many rows pass between two progress reports. */
const PROGRESS_EVERY = 4096;

/**
 * Rows of normalized text, blank lines left out, each with its starting line (1-based).
 * `onProgress` is told the share of the text read, every few thousand rows.
 * @example readCsv('a,b\n\n1,2', ',') // [{ line: 1, cells: ['a', 'b'] }, { line: 3, cells: ['1', '2'] }]
 */
export function readCsv(text: string, delimiter: Delimiter, onProgress?: (fraction: number) => void): CsvRow[] {
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  let steps = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result) => {
      const cursor = result.meta.cursor;
      const cells = result.data;
      const detail = result.errors.find((e) => e.type === 'Quotes')?.message;
      const first = line;
      for (let i = start; i < cursor; i++) if (text.charCodeAt(i) === 10) line++;
      const lastLine = text.charCodeAt(cursor - 1) === 10 ? line - 1 : line;
      if (detail) rows.push({ line: first, cells, malformed: { detail, lastLine } });
      else if (cells.some((c) => c.trim() !== '')) rows.push({ line: first, cells });
      start = Math.max(start, cursor);
      if (onProgress && ++steps % PROGRESS_EVERY === 0) onProgress(cursor / text.length);
    },
  });
  return rows;
}
