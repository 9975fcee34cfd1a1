import { useAppStore, useAppStoreApi } from '../../store';
import { selectMatrix } from '../../store/trip-selectors';
import { errorText, excludedText } from './messages';
import { proposeInto } from './propose';
import { useTripStrings } from './strings';
import { useSiteNames } from './use-site-names';

/** The "Propose a trip" button and what the proposal said when nothing fits. */
export function ProposeControls({ hasStops }: { hasStops: boolean }) {
  const { t } = useTripStrings();
  const store = useAppStoreApi();
  const proposal = useAppStore((s) => s.tripProposal);
  const matrix = useAppStore(selectMatrix);
  const update = useAppStore((s) => s.updateBrief);
  const names = useSiteNames();
  const error = matrix && !matrix.ok ? matrix.problem : proposal?.error;
  return (
    <div className="trip-propose">
      <button type="button" className="btn btn--primary" onClick={() => void proposeInto(store)} disabled={matrix !== null && !matrix.ok}>
        {hasStops ? t('propose.again') : t('propose.button')}
      </button>
      {error && (
        <div className="trip-error" role="alert" data-testid="trip-error">
          <p>{errorText(error, t, names.name)}</p>
          {(error.kind === 'budget-too-short' || error.kind === 'locked-over-budget') && error.minimumBudget <= 240 && (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => {
                update({ budgetMinutes: Math.max(60, error.minimumBudget) });
                void proposeInto(store);
              }}
            >
              {t('error.useMinimum', { minimumBudget: error.minimumBudget })}
            </button>
          )}
        </div>
      )}
      {!error && proposal && proposal.excluded.length > 0 && <p className="hint">{excludedText(proposal.excluded, t)}</p>}
    </div>
  );
}
