/** The shapes importers return. */
import type { Category, Localized, Status, Theme } from '../schema';
import type { LngLat } from '../types';
import type { Bbox } from './bounds';
import type { ImportError, ImportIssue } from './issues';

/** A site from a researcher's own file: just what the coverage analysis and the map need. */
export type ImportedSite = {
  /**
   * A lower-case slug, unique within the import and not in `reservedIds`: from the `id` column or
   * property, else from the English (or Latin-script) name, else `import-<line>` / `import-<feature index>`.
   */
  id: string;
  name: Localized;
  point: LngLat;
  category?: Category;
  themes: Theme[];
  /** `candidate` unless the file says `verified`. */
  status: Status;
  /** `Imported: <filename>`. */
  source: string;
  /** Where it came from: the CSV line, or the GeoJSON feature index. */
  line?: number;
  feature?: number;
};

/** What to do with a point inside Thailand but outside the study area. */
export type OutsidePolicy = 'keep' | 'skip';

export type SitesImportOptions = {
  /** Shown in each site's `source`. */
  filename?: string;
  /** Default `keep` (with an `outsideStudyArea` warning); `skip` drops such points. */
  outsideStudyArea?: OutsidePolicy;
  /** Ids already taken (the built-in sites): generated ids avoid them. */
  reservedIds?: Iterable<string>;
};

export type SitesImported = {
  ok: true;
  sites: ImportedSite[];
  /** Skipped rows and features, and warnings about kept ones, in file order (file-wide ones first). */
  issues: ImportIssue[];
  /** Every returned point lies inside this box: Thailand, or the study area with `outsideStudyArea: 'skip'`. */
  bounds: Bbox;
  /** True when every located row had latitude and longitude swapped, and they were swapped back. */
  swapped: boolean;
};

export type ImportFailed = { ok: false; error: ImportError };
