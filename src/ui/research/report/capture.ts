import type { AppState } from '../../../store';
import { selectCountedSites, selectStraightComparison } from '../../../store/coverage-selectors';
import type { ReportInputs } from './model';

/**
 * The report's inputs, taken from the store once when printing starts: what the panel shows at
 * that moment. Later edits in the panel do not reach a report being printed.
 * @example const inputs = captureReport(store.getState()); if (inputs) reportModel(inputs);
 */
export function captureReport(s: AppState): ReportInputs | null {
  if (!s.coverage) return null;
  return {
    reply: s.coverage,
    params: s.coverageParams,
    suggestions: s.suggestions,
    suggestRun: s.suggestRun,
    straight: selectStraightComparison(s)?.overstatement ?? [],
    sites: s.data.sites.value,
    waterways: s.data.waterways.value,
    countedIds: new Set(selectCountedSites(s).map((c) => c.id)),
    ownSites: s.ownSites,
    ownNetwork: s.ownNetwork,
    streetData: s.ownNetwork?.mode !== 'replace' && s.network.status === 'ready' ? s.network.data.streetDataBox : null,
  };
}
