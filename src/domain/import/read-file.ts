/**
 * One researcher's file, from its bytes to what the Research panel previews and applies: decoded
 * (UTF-8 or Thai Windows-874), hashed for the run record, read, checked and previewed. Runs in the
 * import worker, so a 5 MB file never holds the page (see `src/workers/import.worker.ts`).
 */
import { sha256Hex } from '../coverage/run-record';
import { importSitesCsv } from './csv-sites';
import { decodeText, type Decoded } from './encoding';
import { importNetworkGeojson, type LineCollection } from './geojson-network';
import { importSitesGeojson } from './geojson-sites';
import type { ImportError } from './issues';
import type { Joins } from './joins';
import { previewNetwork, previewSites, type NetworkPreview, type SitesPreview } from './preview';
import { checkSize } from './size';
import type { ImportedSite } from './types';

export type ReadRequest = { bytes: ArrayBuffer; filename: string; what: 'sites' | 'network'; reservedIds: readonly string[] };

/** `used` and `refused`: rows (CSV) or features (GeoJSON) kept, and those refused. */
export type FileFacts = { bytes: number; sha256: string; used: number; refused: number };

export type FileRead = { filename: string; file: FileFacts; encoding: Decoded['encoding'] } & (
  | { what: 'sites'; sites: ImportedSite[]; preview: SitesPreview }
  | { what: 'network'; network: LineCollection; preview: NetworkPreview }
);

export type ReadOutcome = { ok: true; value: FileRead } | { ok: false; error: ImportError };

/**
 * @example
 * const r = await readImport({ bytes, filename: 'sites.csv', what: 'sites', reservedIds: [] });
 * // r.ok && r.value.preview.kept → 3
 */
export async function readImport(request: ReadRequest, onProgress?: (fraction: number) => void): Promise<ReadOutcome> {
  const { bytes, filename, what } = request;
  const size = checkSize(bytes.byteLength);
  if (!size.ok) return size;
  const { text, encoding } = decodeText(bytes);
  const sha256 = await sha256Hex(new Uint8Array(bytes));
  const facts = (used: number, refused: number): FileFacts => ({ bytes: bytes.byteLength, sha256, used, refused });
  if (what === 'network') {
    const result = importNetworkGeojson(text);
    if (!result.ok) return result;
    const preview = previewNetwork(result);
    const value: FileRead = { what, filename, encoding, network: result.network, preview, file: facts(result.counts.kept, result.counts.skipped) };
    return { ok: true, value };
  }
  const options = { filename, reservedIds: request.reservedIds, onProgress };
  const result = /\.(geo)?json$/i.test(filename) ? importSitesGeojson(text, options) : importSitesCsv(text, options);
  if (!result.ok) return result;
  const preview = previewSites(result);
  const refused = result.issues.filter((i) => i.effect === 'skipped').length;
  return { ok: true, value: { what, filename, encoding, sites: result.sites, preview, file: facts(result.sites.length, refused) } };
}

/** A read file awaiting the researcher's choice; a network's `joins`: how its lines meet the built-in paths (null while those have not loaded). */
export type PendingImport = Extract<FileRead, { what: 'sites' }> | (Extract<FileRead, { what: 'network' }> & { joins: Joins | null });

/** The file being read (`progress`, 0 to 1), refused (`error`) or read and awaiting a choice (`pending`). */
export type ImportState = { filename: string; progress?: number; error?: ImportError; pending?: PendingImport };
