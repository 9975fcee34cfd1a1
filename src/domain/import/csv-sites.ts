/**
 * Sites from a researcher's CSV: columns found by name, coordinates checked and named problems
 * returned as values (see `build-sites.ts` for the swapped-axes and study-area rules).
 */
import { buildSites, type RawCoords, type RawSite } from './build-sites';
import { detectColumns, type ColumnMapping } from './columns';
import { parseCoordinate } from './coordinates';
import { guessDelimiter, normalizeText, readCsv, type CsvRow, type Delimiter } from './csv-read';
import { fatal, rowIssue, type ImportIssue } from './issues';
import { checkSize, utf8Length } from './size';
import type { ImportFailed, SitesImported, SitesImportOptions } from './types';

export type CsvImportOptions = SitesImportOptions & {
  delimiter?: Delimiter;
  /** Told the share of the text read so far (0 to 1), every few thousand rows. */
  onProgress?: (fraction: number) => void;
};

export type CsvSitesImported = SitesImported & {
  columns: ColumnMapping;
  /** Header cells that matched no field (ignored). */
  unusedColumns: string[];
  delimiter: Delimiter;
  /** Whether `18,78` was read as 18.78 (only when the delimiter is not a comma). */
  decimalComma: boolean;
};

const looksNumeric = (cell: string): boolean => parseCoordinate(cell, true) !== null;

function coordsOf(cells: readonly string[], columns: ColumnMapping, decimalComma: boolean): RawCoords {
  const latText = (cells[columns.lat.index] ?? '').trim();
  const lonText = (cells[columns.lon.index] ?? '').trim();
  if (latText === '' && lonText === '') return { kind: 'missing' };
  const lat = parseCoordinate(latText, decimalComma);
  if (lat === null) return { kind: 'notNumber', field: columns.lat.header, value: latText };
  const lon = parseCoordinate(lonText, decimalComma);
  if (lon === null) return { kind: 'notNumber', field: columns.lon.header, value: lonText };
  return { kind: 'pair', lat, lon };
}

function rawSiteOf(row: CsvRow, columns: ColumnMapping, decimalComma: boolean): RawSite {
  const cell = (field: keyof ColumnMapping): string | undefined => {
    const column = columns[field];
    return column ? row.cells[column.index] : undefined;
  };
  return {
    at: { line: row.line },
    coords: coordsOf(row.cells, columns, decimalComma),
    names: { th: cell('nameTh'), en: cell('nameEn'), any: cell('name') },
    id: cell('id'),
    category: cell('category'),
    themes: cell('themes'),
    status: cell('status'),
  };
}

/**
 * Imports sites from CSV text (UTF-8, BOM allowed). The first non-blank line must name the columns.
 * @example
 * const r = importSitesCsv('name,lat,lon\nวัดโลกโมฬี,18.7958,98.9818', { filename: 'sites.csv' });
 * // r.ok && r.sites[0] → { id: 'import-1', name: { th: 'วัดโลกโมฬี', en: 'วัดโลกโมฬี' }, point: [98.9818, 18.7958], … }
 */
export function importSitesCsv(text: string, options: CsvImportOptions = {}): CsvSitesImported | ImportFailed {
  const size = checkSize(utf8Length(text));
  if (!size.ok) return size;
  const normalized = normalizeText(text);
  if (normalized.trim() === '') return fatal('import.issue.empty');
  const delimiter = options.delimiter ?? guessDelimiter(normalized.trimStart());
  const decimalComma = delimiter !== ',';
  const [header, ...rows] = readCsv(normalized, delimiter, options.onProgress);
  if (!header) return fatal('import.issue.empty');
  const detected = detectColumns(header.cells);
  if (!detected.ok) {
    if (header.cells.filter(looksNumeric).length >= 2) return fatal('import.issue.noHeader');
    const columns = header.cells.map((c) => c.trim()).filter((c) => c !== '').join(', ');
    return fatal('import.issue.noCoordinateColumns', { columns, missing: detected.missing.join(', ') });
  }
  if (rows.length === 0) return fatal('import.issue.noDataRows');
  const { columns } = detected;
  const malformed: ImportIssue[] = [];
  const raws: RawSite[] = [];
  for (const row of rows) {
    if (row.malformed) {
      const issue = rowIssue({ line: row.line }, 'skipped', 'import.issue.malformedRow', { lastLine: row.malformed.lastLine });
      malformed.push({ ...issue, detail: row.malformed.detail });
    }
    else raws.push(rawSiteOf(row, columns, decimalComma));
  }
  const hasNames = Boolean(columns.name || columns.nameTh || columns.nameEn);
  const built = buildSites(raws, options, hasNames);
  if (!built.ok) return built;
  const issues = [...built.issues, ...malformed].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ...built, issues, columns, unusedColumns: detected.unused, delimiter, decimalComma };
}
