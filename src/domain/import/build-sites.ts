/**
 * The part of site import shared by CSV and GeoJSON: coordinates checked and named, swapped axes
 * fixed when every row has them, ids allocated, fields classified.
 */
import { kmFromStudyArea, STUDY_BBOX, THAILAND } from './bounds';
import { locate, type Located } from './coordinates';
import { fatal, rowIssue, type ImportIssue, type Origin } from './issues';
import { cleanText, classifyFields, namesOf, type RawNames } from './site-fields';
import { IdAllocator, slugify } from './slug';
import type { ImportedSite, ImportFailed, SitesImported, SitesImportOptions } from './types';

export type RawCoords =
  | { kind: 'missing' }
  | { kind: 'notNumber'; field: string; value: string }
  | { kind: 'bad'; value: string }
  | { kind: 'pair'; lat: number; lon: number };

/** One row or feature as read, before any checking. */
export type RawSite = {
  at: Origin;
  coords: RawCoords;
  names: RawNames;
  id?: unknown;
  category?: unknown;
  themes?: unknown;
  status?: unknown;
};

function skipReason(raw: RawSite, where: Located | null): ImportIssue | null {
  const c = raw.coords;
  if (c.kind === 'missing') return rowIssue(raw.at, 'skipped', 'import.issue.missingCoordinates');
  if (c.kind === 'notNumber') return rowIssue(raw.at, 'skipped', 'import.issue.notNumber', { field: c.field, value: c.value });
  if (c.kind === 'bad') return rowIssue(raw.at, 'skipped', 'import.issue.badCoordinates', { value: c.value });
  const pair = { lat: c.lat, lon: c.lon };
  switch (where?.kind) {
    case 'utm': return rowIssue(raw.at, 'skipped', 'import.issue.utm', { x: c.lon, y: c.lat });
    case 'swapped': return rowIssue(raw.at, 'skipped', 'import.issue.swapped', pair);
    case 'latOutOfRange': return rowIssue(raw.at, 'skipped', 'import.issue.latOutOfRange', { value: c.lat });
    case 'lonOutOfRange': return rowIssue(raw.at, 'skipped', 'import.issue.lonOutOfRange', { value: c.lon });
    case 'outsideThailand': return rowIssue(raw.at, 'skipped', 'import.issue.outsideThailand', pair);
    default: return null;
  }
}

/**
 * Sites from raw rows. When every row with numeric coordinates has them swapped, all are swapped
 * back (`swapped: true`, one `axesSwapped` warning); otherwise swapped rows are skipped and named.
 * When every such row is in UTM metres, the import fails with `allUtm`.
 */
export function buildSites(raws: readonly RawSite[], options: SitesImportOptions, hasNames: boolean): SitesImported | ImportFailed {
  const located = raws.map((r) => (r.coords.kind === 'pair' ? locate(r.coords.lat, r.coords.lon) : null));
  const pairs = located.filter((l) => l !== null);
  const first = raws.find((r) => r.coords.kind === 'pair')?.coords;
  if (pairs.length > 0 && pairs.every((l) => l.kind === 'utm') && first?.kind === 'pair') {
    return fatal('import.issue.allUtm', { count: pairs.length, x: first.lon, y: first.lat });
  }
  const swapped = pairs.length > 0 && pairs.every((l) => l.kind === 'swapped');
  const policy = options.outsideStudyArea ?? 'keep';
  const issues: ImportIssue[] = [];
  if (swapped) issues.push(rowIssue(undefined, 'kept', 'import.issue.axesSwapped', { count: pairs.length }));
  if (!hasNames) issues.push(rowIssue(undefined, 'kept', 'import.issue.noNameColumn'));
  const ids = new IdAllocator(options.reservedIds);
  const source = `Imported: ${options.filename ?? 'file'}`;
  const sites: ImportedSite[] = [];
  raws.forEach((raw, i) => {
    let where = located[i] ?? null;
    if (swapped && where?.kind === 'swapped') where = locate(where.point[1], where.point[0]);
    const skip = skipReason(raw, where);
    if (skip || !where || !('point' in where)) return void issues.push(skip ?? rowIssue(raw.at, 'skipped', 'import.issue.badCoordinates'));
    if (where.kind === 'outsideStudyArea') {
      const values = { lat: where.point[1], lon: where.point[0], km: kmFromStudyArea(where.point) };
      issues.push(rowIssue(raw.at, policy === 'skip' ? 'skipped' : 'kept', 'import.issue.outsideStudyArea', values));
      if (policy === 'skip') return;
    }
    const names = namesOf(raw.names);
    const ownId = cleanText(raw.id);
    const id = ids.take([slugify(ownId ?? ''), slugify(names?.en ?? ''), slugify(names?.th ?? '')], 'line' in raw.at ? raw.at.line : raw.at.feature);
    if (ownId !== undefined && id !== slugify(ownId)) issues.push(rowIssue(raw.at, 'kept', 'import.issue.duplicateId', { value: ownId, id }));
    if (!names && hasNames) issues.push(rowIssue(raw.at, 'kept', 'import.issue.nameMissing', { id }));
    const fields = classifyFields(raw.at, raw);
    issues.push(...fields.issues);
    const site: ImportedSite = { id, name: names ?? { th: id, en: id }, point: where.point, themes: fields.themes, status: fields.status, source, ...raw.at };
    if (fields.category) site.category = fields.category;
    sites.push(site);
  });
  return { ok: true, sites, issues, bounds: policy === 'skip' ? STUDY_BBOX : THAILAND, swapped };
}
