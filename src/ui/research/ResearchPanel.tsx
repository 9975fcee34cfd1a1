import { useAppStore } from '../../store';
import { selectCoverage } from '../../store/coverage-selectors';
import { CoverageExport } from './CoverageExport';
import { CoverageParamsForm } from './CoverageParamsForm';
import { CoverageSummary } from './CoverageSummary';
import { OwnData } from './OwnData';
import { useResearchStrings } from './strings';
import { WaterwayDetails } from './WaterwayDetails';
import { WhatIf } from './WhatIf';

/** Research: network-distance coverage of the waterways by sites, gaps, what-if sites, own data, exports. */
export default function ResearchPanel() {
  const { t } = useResearchStrings();
  const coverage = useAppStore(selectCoverage);
  const spacing = useAppStore((s) => s.coverageParams.spacing);
  return (
    <div className="research-panel" data-testid="research-panel">
      <h2>{t('title')}</h2>
      <p className="hint">{t('intro', { spacing: `${spacing} m` })}</p>
      <p className="hint">{t('caveat')}</p>
      <CoverageSummary coverage={coverage} />
      <CoverageParamsForm />
      <WaterwayDetails coverage={coverage} />
      <WhatIf coverage={coverage} />
      <OwnData />
      <CoverageExport coverage={coverage} />
    </div>
  );
}
