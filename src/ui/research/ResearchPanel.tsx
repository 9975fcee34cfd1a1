import { useAppStore } from '../../store';
import { selectCoverageRequest } from '../../store/coverage-run';
import { CoverageExport } from './CoverageExport';
import { CoverageParamsForm } from './CoverageParamsForm';
import { CoverageSummary } from './CoverageSummary';
import { OwnData } from './OwnData';
import { useResearchStrings } from './strings';
import { WaterwayDetails } from './WaterwayDetails';
import { WhatIf } from './WhatIf';
import { CoverageReport } from './report/CoverageReport';
import { ReportControls } from './report/ReportControls';
import { NetworkStatus } from '../NetworkStatus';
import './research.css';

/** Research: network-distance coverage of the waterways by sites, gaps, what-if sites, own data, exports. */
export default function ResearchPanel() {
  const { t } = useResearchStrings();
  // The analysis itself runs outside React, as a reaction of the store (store/coverage-run.ts).
  const request = useAppStore(selectCoverageRequest);
  const coverage = useAppStore((s) => s.coverage?.coverage ?? null);
  const busy = useAppStore((s) => s.coverageBusy);
  const error = useAppStore((s) => s.coverageError);
  const spacing = useAppStore((s) => s.coverageParams.spacing);
  return (
    <div className="research-panel" data-testid="research-panel" aria-busy={busy}>
      <h2>{t('title')}</h2>
      <p className="hint">{t('intro', { spacing: t('units.m', { value: spacing }) })}</p>
      <p className="hint">{t('caveat')}</p>
      <NetworkStatus />
      <p className="hint" role="status" data-testid="coverage-status">
        {busy ? t('computing') : ''}
      </p>
      {error && (
        <p className="walk-problem" role="alert">
          {t('failed', { reason: error })}
        </p>
      )}
      {coverage && <CoverageSummary coverage={coverage} />}
      <CoverageParamsForm />
      {coverage && <WaterwayDetails coverage={coverage} />}
      {coverage && <WhatIf request={request} />}
      <OwnData />
      {coverage && <CoverageExport coverage={coverage} />}
      {coverage && <ReportControls request={request} />}
      <CoverageReport />
    </div>
  );
}
