import { COVERAGE_COLOURS } from '../../map/coverage-layers';
import { useAppStore } from '../../store';
import { MarkerSymbol, type MarkerKind } from './MarkerSymbol';
import { useResearchStrings } from './strings';

/**
 * The map's key while the Research tab is open: the canal's colours, and the markers on the map
 * (clusters, and what-if and suggested sites when there are any), drawn as the map draws them.
 * The printed report's legend says the same in the same words.
 */
export function CoverageKey() {
  const { t } = useResearchStrings();
  const whatIf = useAppStore((s) => s.candidates.length > 0);
  const suggested = useAppStore((s) => s.suggestions.length > 0);
  const markers: MarkerKind[] = ['cluster', ...(whatIf ? ['candidate' as const] : []), ...(suggested ? ['suggestion' as const] : [])];
  return (
    <div className="cov-key">
      <h4 id="cov-key">{t('mapKey')}</h4>
      <ul className="cov-legend" aria-labelledby="cov-key" data-testid="coverage-key">
        {(Object.keys(COVERAGE_COLOURS) as (keyof typeof COVERAGE_COLOURS)[]).map((k) => (
          <li key={k}>
            <span className="cov-legend__swatch" style={{ background: COVERAGE_COLOURS[k] }} aria-hidden="true" /> {t(`legend.${k}`)}
          </li>
        ))}
        {markers.map((k) => (
          <li key={k}>
            <MarkerSymbol kind={k} size={32} /> {t(`report.legend.${k}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
