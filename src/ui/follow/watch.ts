/**
 * The device's side of following: one position watcher at most (stopped while the page is hidden),
 * the screen kept awake where the browser can (Screen Wake Lock), and a tick each second so a
 * walker standing still off the route is still offered a new one. Every failure becomes a named
 * problem on the session, never a thrown error.
 */
import { withFix, withProblem, withTick, type FollowSession } from '../../domain/follow/session';
import { meters, type LngLat } from '../../domain/types';
import type { AppStore } from '../../store';
import { failureOf, inStudyArea } from '../geolocate';

type Lock = { release(): Promise<void>; addEventListener?(type: 'release', listener: () => void): void };
type Device = {
  geolocation?: Geolocation;
  wakeLock?: { request(type: 'screen'): Promise<Lock> };
};

/** Whether the screen is being kept awake (for the card to say so). */
export const wakeLockState = { held: false };

/**
 * Starts watching; the returned function stops everything it started.
 * @example const stop = startWatching(store); … stop();
 */
export function startWatching(store: AppStore, device: Device = navigator as Device, doc: Document = document): () => void {
  const geo = device.geolocation;
  let watchId: number | null = null;
  let lock: Lock | null = null;
  let asking = false;
  let live = true;
  const update = (change: (s: FollowSession) => FollowSession) =>
    store.setState((st) => {
      if (!st.follow) return st;
      const next = change(st.follow);
      // Unchanged (a tick with nothing to decide): the same state, so nothing re-renders.
      return next === st.follow ? st : { follow: next };
    });

  const watch = () => {
    if (!geo) return update((s) => withProblem(s, 'unsupported'));
    if (watchId !== null) return;
    watchId = geo.watchPosition(
      (pos) => {
        const point: LngLat = [pos.coords.longitude, pos.coords.latitude];
        if (!inStudyArea(point)) return update((s) => withProblem(s, 'outside'));
        update((s) => withFix(s, { point, accuracy: meters(pos.coords.accuracy), time: Date.now() }));
      },
      (err) => update((s) => withProblem(s, failureOf(err))),
      { enableHighAccuracy: true, maximumAge: 5_000, timeout: 30_000 },
    );
  };
  const unwatch = () => {
    if (watchId !== null) geo?.clearWatch(watchId);
    watchId = null;
  };
  const keepAwake = async () => {
    if (!device.wakeLock || lock || asking) return;
    asking = true;
    try {
      const held = await device.wakeLock.request('screen');
      // Ended, or the page hidden, while asking: the lock is not kept (it is asked again on return).
      if (!live || doc.hidden) return void held.release().catch(() => undefined);
      lock = held;
      wakeLockState.held = true;
      // The browser may release it by itself (the page hidden, the battery low).
      held.addEventListener?.('release', () => {
        if (lock === held) [lock, wakeLockState.held] = [null, false];
      });
    } catch {
      // Refused (battery saver, no user gesture) or unsupported: following works without it.
    } finally {
      asking = false;
    }
  };
  const onVisibility = () => {
    if (doc.hidden) {
      // The browser releases a wake lock with a hidden page; take it again on return.
      unwatch();
      lock = null;
      wakeLockState.held = false;
    } else {
      watch();
      void keepAwake();
    }
  };
  const tick = setInterval(() => update((s) => withTick(s, Date.now())), 1000);
  doc.addEventListener('visibilitychange', onVisibility);
  watch();
  void keepAwake();
  return () => {
    live = false;
    unwatch();
    clearInterval(tick);
    doc.removeEventListener('visibilitychange', onVisibility);
    void lock?.release().catch(() => undefined);
    lock = null;
    wakeLockState.held = false;
  };
}
