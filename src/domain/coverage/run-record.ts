/**
 * The record of a coverage run, downloaded as JSON so the city can file it and repeat the run: the
 * parameters, the built-in data's version, the what-if sites, and each imported file by name,
 * size and SHA-256 (the file itself cannot travel; its hash says whether a copy is the same one),
 * with how many of its rows were used. `params` is the same object the parameters schema reads.
 */
import type { LngLat } from '../types';
import type { CoverageParams } from './params';

export const RUN_RECORD_FORMAT = 'mae-kha-coverage-run';

/** An imported file as the run used it. */
export type ImportedFileRecord = {
  name: string;
  bytes: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
  /** How the import was applied: in place of the built-in data, or added to it. */
  mode: 'replace' | 'extend';
  /** Rows (CSV) or features (GeoJSON) the run used, and those the import refused. */
  used: number;
  refused: number;
};

export type RunRecord = {
  format: typeof RUN_RECORD_FORMAT;
  version: 1;
  app: { name: string; version: string };
  /** The built-in data's version (a hash of the data files), as a report prints it. */
  dataVersion: string;
  /** When the record was made (ISO 8601, UTC). */
  createdAt: string;
  params: CoverageParams;
  /** What-if sites, longitude then latitude. */
  whatIf: LngLat[];
  imports: { sites: ImportedFileRecord | null; network: ImportedFileRecord | null };
  /** The link that reopens this run (imports excepted: `imports` names the files to load again). */
  link: string;
};

/**
 * @example runRecordJSON({ ...record }) // '{\n  "format": "mae-kha-coverage-run", ...'
 */
export function runRecordJSON(record: Omit<RunRecord, 'format' | 'version'>): string {
  const full: RunRecord = { format: RUN_RECORD_FORMAT, version: 1, ...record };
  return `${JSON.stringify(full, null, 2)}\n`;
}

/**
 * SHA-256 of bytes, as lower-case hex (Web Crypto: browsers and Node).
 * @example await sha256Hex(new TextEncoder().encode('abc')) // 'ba7816bf…'
 */
export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
