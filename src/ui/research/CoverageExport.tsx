import { useState } from 'react';
import { coverageParamsJSON, coverageToCsv, coverageToGeoJSON } from '../../domain/coverage/export';
import type { Coverage } from '../../domain/coverage/types';
import { useAppStore } from '../../store';
import { downloadText } from '../download';
import { useResearchStrings } from './strings';

/** The samples as CSV, the stretches as GeoJSON, the parameters as JSON, and the link. */
export function CoverageExport({ coverage }: { coverage: Coverage }) {
  const { t } = useResearchStrings();
  const params = useAppStore((s) => s.coverageParams);
  const waterways = useAppStore((s) => s.data.waterways.value);
  const [copied, setCopied] = useState(false);
  const stamp = `t${params.threshold}-s${params.spacing}`;
  return (
    <section aria-labelledby="cov-export">
      <h3 id="cov-export">{t('exports')}</h3>
      <div className="walk-export__buttons">
        <button type="button" className="btn btn--small" onClick={() => downloadText(coverageToCsv(coverage), `mae-kha-coverage-${stamp}.csv`, 'text/csv')}>
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
        <button type="button" className="btn btn--small" onClick={() => downloadText(coverageParamsJSON(params), `mae-kha-coverage-${stamp}.params.json`, 'application/json')}>
          {t('paramsJson')}
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
