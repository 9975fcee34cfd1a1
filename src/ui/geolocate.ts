/**
 * The device's location as a value, never a thrown error: the UI turns each failure into a notice
 * in the user's language.
 */
import { STUDY_AREA } from '../domain/vocab';
import type { LngLat } from '../domain/types';

export type LocateFailure = 'unsupported' | 'denied' | 'unavailable' | 'timeout' | 'outside';
export type Located = { ok: true; point: LngLat; accuracy: number } | { ok: false; reason: LocateFailure };

export const inStudyArea = ([lng, lat]: LngLat): boolean =>
  lng >= STUDY_AREA.west && lng <= STUDY_AREA.east && lat >= STUDY_AREA.south && lat <= STUDY_AREA.north;

export function locate(geo: Geolocation | undefined = globalThis.navigator?.geolocation): Promise<Located> {
  if (!geo) return Promise.resolve({ ok: false, reason: 'unsupported' });
  return new Promise((resolve) => {
    geo.getCurrentPosition(
      (pos) => {
        const point: LngLat = [pos.coords.longitude, pos.coords.latitude];
        resolve(inStudyArea(point) ? { ok: true, point, accuracy: pos.coords.accuracy } : { ok: false, reason: 'outside' });
      },
      (err) => resolve({ ok: false, reason: failureOf(err) }),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}

/** A Geolocation error as one of the reasons the UI names. */
export const failureOf = (err: GeolocationPositionError): LocateFailure =>
  err.code === err.PERMISSION_DENIED ? 'denied' : err.code === err.TIMEOUT ? 'timeout' : 'unavailable';
