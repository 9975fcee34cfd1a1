/**
 * The named problems of user imports. Every problem is a message key plus values, so the UI can say
 * it in Thai or English; the row or feature it belongs to is in `line` / `feature`, never in the key.
 */

/** Every key an importer can return; the i18n test checks each one is translated. */
export const IMPORT_ISSUE_KEYS = [
  // The file as a whole (fatal: `{ ok: false, error }`).
  'import.issue.tooLarge',
  'import.issue.readFailed',
  'import.issue.empty',
  'import.issue.noHeader',
  'import.issue.noCoordinateColumns',
  'import.issue.noDataRows',
  'import.issue.allUtm',
  'import.issue.jsonSyntaxAt',
  'import.issue.jsonSyntax',
  'import.issue.notGeojson',
  'import.issue.crsNotWgs84',
  'import.issue.noFeatures',
  // The file as a whole, kept (warnings).
  'import.issue.axesSwapped',
  'import.issue.noNameColumn',
  // One row or feature, skipped.
  'import.issue.malformedRow',
  'import.issue.missingCoordinates',
  'import.issue.notNumber',
  'import.issue.latOutOfRange',
  'import.issue.lonOutOfRange',
  'import.issue.utm',
  'import.issue.swapped',
  'import.issue.outsideThailand',
  'import.issue.outsideStudyArea',
  'import.issue.notFeature',
  'import.issue.notPoint',
  'import.issue.badCoordinates',
  'import.issue.notLine',
  'import.issue.tooFewPositions',
  'import.issue.badPosition',
  'import.issue.zeroLength',
  'import.issue.selfOverlap',
  'import.issue.notWalkable',
  // One row or feature, kept (warnings).
  'import.issue.nameMissing',
  'import.issue.duplicateId',
  'import.issue.unknownCategory',
  'import.issue.unknownTheme',
  'import.issue.unknownStatus',
] as const;
export type ImportIssueKey = (typeof IMPORT_ISSUE_KEYS)[number];

/**
 * Keys the UI puts before a row's or feature's message: `atLine` {line}, `atFeature` {number}
 * (= feature + 1), `atPart` {number, part} (= feature + 1, part + 1).
 */
export const IMPORT_LOCATION_KEYS = ['import.issue.atLine', 'import.issue.atFeature', 'import.issue.atPart'] as const;

export type IssueValues = Record<string, string | number>;

/** A fatal problem: nothing was imported. */
export type ImportError = {
  key: ImportIssueKey;
  values: IssueValues;
  /** Technical detail in English (a parser's message), for a "details" disclosure. */
  detail?: string;
};

/** A problem with one row or feature (or a file-wide warning, with neither `line` nor `feature`). */
export type ImportIssue = ImportError & {
  /** `skipped`: the row or feature is not imported; `kept`: imported, but worth a look. */
  effect: 'skipped' | 'kept';
  /** 1-based line of the file where the CSV row starts (the header is line 1). */
  line?: number;
  /** 0-based index into the GeoJSON features (`features[feature]`); shown to people as `feature + 1`. */
  feature?: number;
  /** For a MultiLineString: 0-based index of the part. */
  part?: number;
};

/** Where a row or feature is: a CSV line or a GeoJSON feature index. */
export type Origin = { line: number } | { feature: number };

export const fatal = (key: ImportIssueKey, values: IssueValues = {}, detail?: string): { ok: false; error: ImportError } => ({
  ok: false,
  error: detail === undefined ? { key, values } : { key, values, detail },
});

export function rowIssue(
  at: Origin | undefined,
  effect: ImportIssue['effect'],
  key: ImportIssueKey,
  values: IssueValues = {},
): ImportIssue {
  return { key, values, effect, ...at };
}
