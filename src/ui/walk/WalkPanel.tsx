import { formatDistance, formatDuration } from '../../domain/network/directions';
import { NetworkStatus } from '../NetworkStatus';
import { useAppStore } from '../../store';
import { useAnnounceChange } from '../announcer';
import { changeThenFocus } from '../focus';
import { useWalkStrings } from './strings';
import { CuratedWalks } from './CuratedWalks';
import { PrintView } from './PrintView';
import { useWalk, type WalkView } from './use-walk';
import { WalkExport } from './WalkExport';
import { WalkOptions } from './WalkOptions';
import { WalkResult } from './WalkResult';
import { WalkStops } from './WalkStops';

import FollowCard from '../follow/FollowCard';

/** Plan a walk: a curated one or your own stops; the route, its time and directions, exports. */
export default function WalkPanel() {
  const { t } = useWalkStrings();
  const clearWalk = useAppStore((s) => s.clearWalk);
  const hasStops = useAppStore((s) => s.walk.stops.length > 0);
  const view = useWalk();
  const following = useAppStore((s) => s.follow?.kind === 'walk');
  useRouteAnnouncement(view);
  return (
    <div className="walk-panel" data-testid="walk-panel">
      <h2 className="visually-hidden">{t('walk.title')}</h2>
      {following && <FollowCard />}
      {!hasStops && <CuratedWalks />}
      <WalkStops />
      {hasStops && (
        <button
          type="button"
          className="btn btn--small"
          // The button goes with the stops: focus the (now empty) list's heading.
          onClick={() => changeThenFocus(clearWalk, () => document.getElementById('walk-stops-title'))}
        >
          {t('walk.clear')}
        </button>
      )}
      <NetworkStatus />
      <WalkResult view={view} />
      <WalkExport view={view} />
      <WalkOptions />
      {hasStops && <CuratedWalks folded />}
      <PrintView view={view} />
    </div>
  );
}

/** A new or changed route is said aloud: its stops, distance and walking time. */
function useRouteAnnouncement(view: WalkView): void {
  const { t } = useWalkStrings();
  const locale = useAppStore((s) => s.locale);
  const stops = useAppStore((s) => s.walk.stops);
  const summary = view.outcome?.ok ? view.summary : null;
  useAnnounceChange(
    summary && `${stops.join(',')}|${Math.round(summary.distance)}|${Math.round(summary.duration)}`,
    summary &&
      t('walk.routeUpdated', {
        count: stops.length,
        distance: formatDistance(summary.distance, locale),
        duration: formatDuration(summary.duration, locale),
      }),
  );
}
