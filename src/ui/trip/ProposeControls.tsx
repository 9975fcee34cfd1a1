import { useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import { selectMatrix, selectTripEvaluation } from '../../store/trip-selectors';
import { SPARE_TIME_TARGET } from '../../domain/trip/propose';
import { errorText, excludedText } from './messages';
import { proposeInto } from '../../store/trip-propose';
import { useTripStrings } from './strings';
import { useSiteNames } from './use-site-names';

/** The "Propose a trip" button and what the proposal said when nothing fits. */
export function ProposeControls({ hasStops }: { hasStops: boolean }) {
  const { t } = useTripStrings();
  const store = useAppStoreApi();
  const proposal = useAppStore((s) => s.tripProposal);
  const locale = useAppStore((s) => s.locale);
  const matrix = useAppStore(selectMatrix);
  const update = useAppStore((s) => s.updateBrief);
  const names = useSiteNames();
  const proposeButton = useRef<HTMLButtonElement>(null);
  const evaluation = useAppStore(selectTripEvaluation);
  // The proposal filled what it could: say where the rest of the time can go.
  const spare = evaluation && proposal && !proposal.error && evaluation.remaining > evaluation.budget * (1 - SPARE_TIME_TARGET) ? evaluation.remaining : null;
  const error = matrix && !matrix.ok ? matrix.problem : proposal?.error;
  return (
    <div className="trip-propose">
      <button ref={proposeButton} type="button" className="btn btn--primary" onClick={() => void proposeInto(store)} disabled={matrix !== null && !matrix.ok}>
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
                // This button goes with the error: focus moves to "Propose" first, not to <body>.
                proposeButton.current?.focus();
                update({ budgetMinutes: Math.max(60, error.minimumBudget) });
                void proposeInto(store);
              }}
            >
              {t('error.useMinimum', { minimumBudget: error.minimumBudget })}
            </button>
          )}
        </div>
      )}
      {!error && spare !== null && <p className="hint" data-testid="trip-spare">{t('propose.spare', { value: spare })}</p>}
      {!error && proposal && proposal.excluded.length > 0 && <p className="hint">{excludedText(proposal.excluded, t, locale)}</p>}
    </div>
  );
}
