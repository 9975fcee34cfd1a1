/** Importers for researchers' own sites (CSV, GeoJSON) and walking networks (GeoJSON lines). */
export { importSitesCsv, type CsvImportOptions, type CsvSitesImported } from './csv-sites';
export { importSitesGeojson, sitesFromGeojson } from './geojson-sites';
export { importNetworkGeojson, networkFromGeojson, networkFor, type LineCollection, type NetworkImported, type NetworkMode } from './geojson-network';
export { previewNetwork, previewSites, type NetworkPreview, type SitesPreview } from './preview';
export { checkSize, MAX_IMPORT_BYTES } from './size';
export { IMPORT_ISSUE_KEYS, IMPORT_LOCATION_KEYS, type ImportError, type ImportIssue, type ImportIssueKey } from './issues';
export { STUDY_BBOX, THAILAND, type Bbox } from './bounds';
export type { ColumnMapping } from './columns';
export type { ImportedSite, ImportFailed, SitesImported, SitesImportOptions } from './types';
