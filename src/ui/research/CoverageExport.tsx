import { useState } from 'react';
import { version as appVersion } from '../../../package.json';
import { DATA_VERSION } from '../../data';
import { coverageToCsv, coverageToGeoJSON, type SiteNames } from '../../domain/coverage/export';
import { runRecordJSON, type ImportedFileRecord } from '../../domain/coverage/run-record';
import type { Coverage } from '../../domain/coverage/types';
import { useAppStore, useAppStoreApi } from '../../store';
import { analysisLink } from '../../store/analysis-link';
import type { AppState } from '../../store';
import { downloadText } from '../download';
import { useResearchStrings } from './strings';

const fileRecord = (own: AppState['ownSites'] | AppState['ownNetwork']): ImportedFileRecord | null =>
  own ? { name: own.filename, mode: own.mode, ...own.file } : null;

/** Names of built-in and imported sites by id. */
function siteNames(s: AppState): SiteNames {
  const names = new Map<string, { th: string; en: string }>(s.data.sites.value.map((f) => [f.properties.id, f.properties.name]));
  for (const site of s.ownSites?.sites ?? []) names.set(site.id, site.name);
  return (id) => names.get(id);
}

/** Everything the run used, from the store at the moment of the download. */
function runRecord(s: AppState): string {
  const whatIf = s.candidates.map((c) => c.point);
  return runRecordJSON({
    app: { name: 'Mae Kha Learning Map', version: appVersion },
    dataVersion: DATA_VERSION,
    createdAt: new Date().toISOString(),
    params: s.coverageParams,
    whatIf,
    imports: { sites: fileRecord(s.ownSites), network: fileRecord(s.ownNetwork) },
    link: analysisLink(window.location.href, s.locale, s.coverageParams, whatIf, DATA_VERSION),
  });
}

/** The samples as CSV, the stretches as GeoJSON, the run's record as JSON, and the link. */
export function CoverageExport({ coverage }: { coverage: Coverage }) {
  const { t } = useResearchStrings();
  const store = useAppStoreApi();
  const params = useAppStore((s) => s.coverageParams);
  const waterways = useAppStore((s) => s.data.waterways.value);
  const [copied, setCopied] = useState(false);
  const stamp = `t${params.threshold}-s${params.spacing}`;
  return (
    <section aria-labelledby="cov-export">
      <h3 id="cov-export">{t('exports')}</h3>
      <div className="walk-export__buttons">
        <button type="button" className="btn btn--small" onClick={() => downloadText(coverageToCsv(coverage, siteNames(store.getState())), `mae-kha-coverage-${stamp}.csv`, 'text/csv')}>
          {t('csv')}
        </button>
        <button
          type="button"
          className="btn btn--small"
          onClick={() =>
            downloadText(JSON.stringify(coverageToGeoJSON(coverage, waterways)), `mae-kha-coverage-${stamp}.geojson`, 'application/geo+json')
          }
        >
          {t('geojson')}
        </button>
        <button type="button" className="btn btn--small" onClick={() => downloadText(runRecord(store.getState()), `mae-kha-coverage-${stamp}.run.json`, 'application/json')}>
          {t('runJson')}
        </button>
        <button
          type="button"
          className="btn btn--small"
          onClick={() =>
            void navigator.clipboard.writeText(window.location.href).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t('copyLink')}
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {copied ? t('copied') : ''}
      </p>
    </section>
  );
}
