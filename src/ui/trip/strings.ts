import en from '../../i18n/locales/trip.en.json';
import th from '../../i18n/locales/trip.th.json';
import { useFeatureStrings } from '../use-feature-strings';

export const TRIP_NS = 'trip';
export const TRIP_STRINGS = { th, en };

/** The Field trip tab's strings (`trip` namespace), registered on first use. */
export const useTripStrings = () => useFeatureStrings(TRIP_NS, TRIP_STRINGS);

/** A domain message key (`trip.store.notJson`) as a key of this namespace (`store.notJson`). */
export const localKey = (domainKey: string) => domainKey.replace(/^trip\./, '');

/** The same key for a notice, which is translated outside the tab (`trip:store.notJson`). */
export const noticeKey = (domainKey: string) => `${TRIP_NS}:${localKey(domainKey)}`;
