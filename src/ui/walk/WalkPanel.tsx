import { NetworkStatus } from '../NetworkStatus';
import { useAppStore } from '../../store';
import { useWalkStrings } from './strings';
import { CuratedWalks } from './CuratedWalks';
import { PrintView } from './PrintView';
import { useWalk } from './use-walk';
import { WalkExport } from './WalkExport';
import { WalkOptions } from './WalkOptions';
import { WalkResult } from './WalkResult';
import { WalkStops } from './WalkStops';

/** Plan a walk: a curated one or your own stops; the route, its time and directions, exports. */
export default function WalkPanel() {
  const { t } = useWalkStrings();
  const clearWalk = useAppStore((s) => s.clearWalk);
  const hasStops = useAppStore((s) => s.walk.stops.length > 0);
  const view = useWalk();
  return (
    <div className="walk-panel" data-testid="walk-panel">
      <h2 className="visually-hidden">{t('walk.title')}</h2>
      {!hasStops && <CuratedWalks />}
      <WalkStops />
      {hasStops && (
        <button type="button" className="btn btn--small" onClick={clearWalk}>
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
