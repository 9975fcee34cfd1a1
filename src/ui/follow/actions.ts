/**
 * Following, as actions on the app store: start with the planned walk or the opened trip (its
 * legs described in both languages, so a change of language mid-walk changes nothing else), a new
 * leg from the walker's place (routed on the device, offline), stop. The device's position comes in
 * through watch.ts.
 */
import { directions } from '../../domain/network/directions';
import { walkStopIds } from '../../domain/export/stops';
import { createSession, withFix, withNewLeg, type FollowLeg, type FollowSession, type FollowStop } from '../../domain/follow/session';
import { snapPoint } from '../../domain/network/place';
import { route } from '../../domain/network/route';
import type { Graph, Leg } from '../../domain/network/types';
import type { Localized, SiteFeature } from '../../domain/schema';
import type { LngLat, Meters } from '../../domain/types';
import { START_ID, START_MAX_SNAP } from '../../domain/walk';
import { briefProfile } from '../../domain/trip/brief';
import type { AppState, AppStore } from '../../store';
import { selectNetwork, selectWalkOutcome } from '../../store/walk-selectors';
import type { TripRoute } from '../../store/trip-selectors';
import { HERE_NAME, START_NAME, directionsContext } from '../walk/directions-context';
import { startWatching } from './watch';

let stopWatching: (() => void) | null = null;

/**
 * A change to the plan while it is followed: a walk follows its new route from where the walker
 * is; a trip whose stops or brief change is no longer the one being walked, so following stops.
 */
function followPlanChanges(store: AppStore): () => void {
  // Compared with the plan as it was when this session began (not with the previous state: a
  // listener added while the store notifies would see the same change again).
  const begun = store.getState();
  const walkChanged = (s: AppState) =>
    (['stops', 'profile', 'order', 'loop', 'start'] as const).some((k) => s.walk[k] !== begun.walk[k]) ||
    (s.walk.start === 'origin' && s.origin !== begun.origin);
  return store.subscribe((s) => {
    const session = s.follow;
    if (!session) return;
    // The card lives in its tab: leaving the tab (or a trip's itinerary) ends following, so the
    // position is never watched without a way to stop it in sight.
    if (s.panel !== begun.panel || (session.kind === 'trip' && s.tripView !== 'itinerary')) return stopFollowing(store);
    if (session.kind === 'walk' && walkChanged(s)) {
      const { good, leg } = session.state;
      const reached = new Set(session.stops.slice(0, leg + 1).map((x) => x.id));
      const speak = session.speak;
      if (!followWalk(store, reached)) return stopFollowing(store);
      store.setState((st) => (st.follow ? { follow: { ...(good ? withFix(st.follow, good) : st.follow), speak } } : {}));
      // From where the walker is to the next stop, at once (not after 10 s off the old line).
      if (good) rerouteHere(store);
    } else if (session.kind === 'trip' && (s.trip?.stops !== begun.trip?.stops || s.trip?.brief !== begun.trip?.brief)) {
      stopFollowing(store);
    }
  });
}

function describe(graph: Graph, leg: Leg, stops: readonly FollowStop[], s: AppState, start?: Localized): FollowLeg {
  const of = (locale: 'th' | 'en') => directions(graph, leg, directionsContext(s.data.sites.value, s.data.waterways.value, stops, locale, start), locale);
  return { line: leg.geometry, steps: { th: of('th'), en: of('en') } };
}

function begin(store: AppStore, session: FollowSession): void {
  stopWatching?.();
  store.setState({ follow: session, selection: null });
  const [watching, planChanges] = [startWatching(store), followPlanChanges(store)];
  stopWatching = () => {
    watching();
    planChanges();
  };
}

const siteStop = (sites: readonly SiteFeature[], id: string, fallback: { name: Localized; point: LngLat }): FollowStop => {
  const site = sites.find((x) => x.properties.id === id);
  return site ? { id, name: site.properties.name, point: site.geometry.coordinates, site: id } : { id, ...fallback, site: null };
};

/**
 * Follows the planned walk; false when there is no route to follow yet. `reached`: stops already
 * walked to (a walk changed mid-walk goes on from the first stop not among them).
 */
export function followWalk(store: AppStore, reached: ReadonlySet<string> = new Set()): boolean {
  const s = store.getState();
  const network = selectNetwork(s);
  const outcome = selectWalkOutcome(s);
  if (!network || !outcome?.ok) return false;
  const { route: planned } = outcome;
  const sites = s.data.sites.value;
  const first = planned.legs[0]!.geometry[0]!;
  const stops = walkStopIds(planned).map((id) => siteStop(sites, id, { name: START_NAME, point: s.origin?.point ?? first }));
  // A loop ends where it began: its last leg's stop is the first one again.
  if (planned.loop) stops.push(stops[0]!);
  // A loop that began at a chosen point ends there: that point, snapped, is where a new route goes.
  const start = s.origin ? snapPoint(network.graph, s.origin.point, START_MAX_SNAP, { id: START_ID, profile: planned.profile }) : null;
  const startPlace = start && !('reason' in start) ? start : null;
  const targets = stops.map((x, i) => (i === 0 ? null : x.id === START_ID ? startPlace : (network.anchors.get(x.id) ?? null)));
  const next = stops.findIndex((x, i) => i > 0 && !reached.has(x.id));
  const startLeg = reached.size === 0 || next < 1 ? 0 : next - 1;
  begin(store, createSession({ kind: 'walk', stops, targets, profile: planned.profile, legs: planned.legs.map((leg) => describe(network.graph, leg, stops, s)), startLeg }));
  return true;
}

/**
 * Follows the opened trip, start to end; false when a leg of it cannot be walked (the budget bar
 * says which). `place` names the start and end when they are not sites ("the school").
 */
export function followTrip(store: AppStore, trip: TripRoute, place: Localized): boolean {
  const s = store.getState();
  const network = selectNetwork(s);
  if (!network || !s.trip || !trip.ok) return false;
  const { brief, stops: tripStops } = s.trip;
  const sites = s.data.sites.value;
  const end = (e: typeof brief.start, id: string): FollowStop =>
    e.kind === 'site' ? { ...siteStop(sites, e.id, { name: place, point: [0, 0] }), id } : { id, name: e.label ? { th: e.label, en: e.label } : place, point: [e.lng, e.lat], site: null };
  const stops = [end(brief.start, '@start'), ...tripStops.map((x) => siteStop(sites, x.id, { name: { th: x.id, en: x.id }, point: [0, 0] })), end(brief.end, '@end')];
  const targets = trip.places.map((p, i) => (i === 0 ? null : p));
  begin(store, createSession({ kind: 'trip', stops, targets, profile: briefProfile(brief), legs: trip.route.legs.map((leg) => describe(network.graph, leg, stops, s)) }));
  return true;
}

export function stopFollowing(store: AppStore): void {
  stopWatching?.();
  stopWatching = null;
  store.setState({ follow: null });
}

export type Reroute = { ok: true; distance: Meters } | { ok: false; reason: 'far' | 'none' };

/** A new route from the walker's last good fix (not a rough one) to the stop being walked to. */
export function rerouteHere(store: AppStore): Reroute {
  const s = store.getState();
  const session = s.follow;
  const network = selectNetwork(s);
  const fix = session?.state.good;
  const target = session?.targets[session.state.leg + 1];
  if (!session || !network || !fix || !target) return { ok: false, reason: 'none' };
  const from = snapPoint(network.graph, fix.point, START_MAX_SNAP, { id: START_ID, profile: session.profile });
  if ('reason' in from) return { ok: false, reason: 'far' };
  const leg = route(network.graph, from, target, session.profile);
  if ('reason' in leg) return { ok: false, reason: 'none' };
  store.setState({ follow: withNewLeg(session, describe(network.graph, leg, session.stops, s, HERE_NAME)) });
  return { ok: true, distance: leg.distance };
}
