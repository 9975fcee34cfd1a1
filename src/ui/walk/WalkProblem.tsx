import { useRef } from 'react';
import type { WalkProblem as Problem } from '../../domain/walk';
import { START_ID } from '../../domain/walk';
import { useAppStore } from '../../store';
import { useWalkStrings } from './strings';
import { formatDistance } from '../format';
import { changeThenFocus } from '../focus';

/** Why the walk cannot be routed, naming the stop at fault, with the nearest stop that would work. */
export function WalkProblem({ problem }: { problem: Problem }) {
  const { t } = useWalkStrings();
  const locale = useAppStore((s) => s.locale);
  const sites = useAppStore((s) => s.data.sites.value);
  const stops = useAppStore((s) => s.walk.stops);
  const setWalk = useAppStore((s) => s.setWalk);
  const profile = useAppStore((s) => s.walk.profile);
  const box = useAppStore((s) => (s.network.status === 'ready' ? s.network.data.streetDataBox : null));
  /** Whether a stop lies where the street data stops (so no street can be expected near it). */
  const beyondData = (id: string) => {
    const at = sites.find((s) => s.properties.id === id)?.geometry.coordinates;
    return !!box && !!at && (at[0] < box.west || at[0] > box.east || at[1] < box.south || at[1] > box.north);
  };
  const name = (id: string) =>
    id === START_ID ? t('walk.startPoint') : (sites.find((s) => s.properties.id === id)?.properties.name[locale] ?? id);
  const dist = (m: number | null) => (m === null ? '?' : formatDistance(m, locale));
  const root = useRef<HTMLDivElement>(null);
  // A fix that works replaces this box with the route: focus the route's heading; one that leads to
  // another problem keeps focus here.
  const fix = (change: () => void) =>
    changeThenFocus(change, () =>
      document.getElementById('walk-result-title') ?? (document.activeElement === document.body ? root.current : null),
    );

  let text: string;
  switch (problem.kind) {
    case 'too-few-stops':
      text = t('walk.problem.tooFew');
      break;
    case 'too-many-stops':
      text = t('walk.problem.tooMany', { n: problem.count, max: problem.max });
      break;
    case 'start-off-network':
      text = t('walk.problem.startOff', { distance: dist(problem.distance), limit: dist(problem.limit) });
      break;
    case 'off-network':
      text = t('walk.problem.offNetwork', { name: name(problem.stop), distance: dist(problem.distance), limit: dist(problem.limit) });
      if (beyondData(problem.stop)) text += ` ${t('walk.problem.beyondData')}`;
      break;
    case 'unreachable':
      text =
        problem.reason === 'profile-blocks'
          ? t('walk.problem.profileBlocks', { name: name(problem.stop), from: name(problem.from), profile: t(`walk.profile.${profile}`) })
          : t('walk.problem.otherComponent', { name: name(problem.stop), from: name(problem.from) });
      break;
  }
  const alternative = 'alternative' in problem ? problem.alternative : null;
  const stop = 'stop' in problem ? problem.stop : null;
  return (
    <div ref={root} className="walk-problem" role="alert" data-testid="walk-problem" tabIndex={-1}>
      <p>{text}</p>
      {alternative && stop && (
        <button
          type="button"
          className="btn btn--small"
          onClick={() => fix(() => setWalk({ stops: stops.map((id) => (id === stop ? alternative : id)), curated: null }))}
        >
          {t('walk.useInstead', { name: name(alternative), instead: name(stop) })}
        </button>
      )}
      {problem.kind === 'unreachable' && problem.reason === 'profile-blocks' && (
        <button type="button" className="btn btn--small" onClick={() => fix(() => setWalk({ profile: 'shortest' }))}>
          {t('walk.useShortest')}
        </button>
      )}
    </div>
  );
}
