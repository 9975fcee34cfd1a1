import { NetworkStatus } from '../NetworkStatus';
import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../../store';
import { selectTripEvaluation } from '../../store/trip-selectors';
import { BriefForm } from './BriefForm';
import { BudgetBar } from './BudgetBar';
import { HandoutControls } from './HandoutControls';
import { ProposeControls } from './ProposeControls';
import { SavedTrips } from './SavedTrips';
import { ShareLink } from './ShareLink';
import { useTripStrings } from './strings';
import { TripHandout } from './TripHandout';
import { TripItinerary } from './TripItinerary';
import { TripStops } from './TripStops';
import { runTrip } from '../../store/trip-run';
import './trip.css';

/** The field-trip builder (issue 5): brief → proposal → adjust → handout; saved and shared trips. */
export default function TripPanel() {
  const { t } = useTripStrings();
  const store = useAppStoreApi();
  const defaultName = t('defaultName');
  // The tab's behaviour lives in the store (store/trip-run.ts): opening a link, the link following
  // the trip, the saved trips. It runs while the tab is open.
  useEffect(() => runTrip(store, defaultName), [store, defaultName]);
  const draft = useAppStore((s) => s.trip);
  const evaluation = useAppStore(selectTripEvaluation);
  const view = useAppStore((s) => s.tripView);
  const setTripView = useAppStore((s) => s.setTripView);
  if (!draft) return null;
  const hasStops = draft.stops.length > 0;
  // A shared trip opens as the itinerary to follow (once its times are known); the planner is one click away.
  if (view === 'itinerary' && evaluation && hasStops) {
    return (
      <div className="trip-panel" data-testid="trip-panel">
        <NetworkStatus />
        <TripItinerary draft={draft} evaluation={evaluation} />
        <TripHandout draft={draft} evaluation={evaluation} />
      </div>
    );
  }
  return (
    <div className="trip-panel" data-testid="trip-panel">
      <h2 className="trip-panel__title">{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <NetworkStatus />
      {evaluation && hasStops && (
        <button type="button" className="btn btn--small" onClick={() => setTripView('itinerary')}>
          {t('itinerary.show')}
        </button>
      )}
      <BriefForm brief={draft.brief} />
      <ProposeControls hasStops={hasStops} />
      {evaluation && hasStops && <BudgetBar evaluation={evaluation} />}
      <TripStops stops={draft.stops} brief={draft.brief} evaluation={evaluation} />
      <HandoutControls disabled={!evaluation || !hasStops} />
      <SavedTrips draft={draft} />
      <ShareLink draft={draft} />
      {evaluation && hasStops && <TripHandout draft={draft} evaluation={evaluation} />}
    </div>
  );
}
