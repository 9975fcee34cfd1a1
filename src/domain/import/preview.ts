/**
 * What the preview-before-apply step shows: counts, the skipped rows with their reasons, warnings,
 * the extent, and a few sample rows. Nothing is applied here; the caller decides.
 */
import { CATEGORIES, type Category, type PathKind } from '../schema';
import type { Meters } from '../types';
import { bboxOf, type Bbox } from './bounds';
import type { NetworkImported } from './geojson-network';
import type { ImportIssue, ImportIssueKey } from './issues';
import type { ImportedSite, SitesImported } from './types';

export type IssueCount = { key: ImportIssueKey; effect: ImportIssue['effect']; count: number };

export type ImportPreview = {
  /** Rows or features kept, and skipped. */
  kept: number;
  skipped: number;
  warnings: number;
  /** Issues grouped by key, most frequent first: a short summary for large files. */
  byKey: IssueCount[];
  /** Skipped rows or features with their reasons, in file order (at most `maxListed`). */
  skippedList: ImportIssue[];
  /** Warnings about kept rows and the file as a whole (at most `maxListed`). */
  warningList: ImportIssue[];
  bbox: Bbox | null;
  /** False when nothing would be imported. */
  canApply: boolean;
};

export type SitesPreview = ImportPreview & { byCategory: Record<Category | 'none', number>; sample: ImportedSite[]; swapped: boolean };
export type NetworkPreview = ImportPreview & { byKind: Record<PathKind, number>; length: Meters };

export type PreviewOptions = { sampleSize?: number; maxListed?: number };

function summarise(issues: readonly ImportIssue[], kept: number, maxListed: number, bbox: Bbox | null): ImportPreview {
  const counts = new Map<string, IssueCount>();
  for (const i of issues) {
    const id = `${i.effect}:${i.key}`;
    const c = counts.get(id) ?? { key: i.key, effect: i.effect, count: 0 };
    c.count++;
    counts.set(id, c);
  }
  const skippedList = issues.filter((i) => i.effect === 'skipped');
  const warningList = issues.filter((i) => i.effect === 'kept');
  // A MultiLineString may lose several parts: count skipped features, not parts.
  const skipped = new Set(skippedList.map((i) => `${i.line ?? ''}/${i.feature ?? ''}`)).size;
  return {
    kept,
    skipped,
    warnings: warningList.length,
    byKey: [...counts.values()].sort((a, b) => b.count - a.count),
    skippedList: skippedList.slice(0, maxListed),
    warningList: warningList.slice(0, maxListed),
    bbox,
    canApply: kept > 0,
  };
}

/**
 * The preview of a site import.
 * @example previewSites(importSitesCsv(text) as SitesImported).skipped // 2
 */
export function previewSites(result: SitesImported, options: PreviewOptions = {}): SitesPreview {
  const byCategory = Object.fromEntries([...CATEGORIES, 'none'].map((c) => [c, 0])) as Record<Category | 'none', number>;
  for (const s of result.sites) byCategory[s.category ?? 'none']++;
  const bbox = bboxOf(result.sites.map((s) => s.point));
  return {
    ...summarise(result.issues, result.sites.length, options.maxListed ?? 200, bbox),
    byCategory,
    sample: result.sites.slice(0, options.sampleSize ?? 5),
    swapped: result.swapped,
  };
}

/**
 * The preview of a network import. A feature that kept some parts of a MultiLineString counts as
 * kept; its refused parts are still listed in `skippedList`.
 * @example previewNetwork(importNetworkGeojson(text) as NetworkImported).length // metres of usable lines
 */
export function previewNetwork(result: NetworkImported, options: PreviewOptions = {}): NetworkPreview {
  return {
    ...summarise(result.issues, result.counts.kept, options.maxListed ?? 200, result.bbox),
    skipped: result.counts.skipped,
    byKind: result.counts.byKind,
    length: result.length,
  };
}
