import en from '../../i18n/locales/trip.en.json';
import th from '../../i18n/locales/trip.th.json';
import { useFeatureStrings } from '../use-feature-strings';

import { TRIP_NS } from '../../store/trip-keys';

export { TRIP_NS, localKey, noticeKey } from '../../store/trip-keys';
export const TRIP_STRINGS = { th, en };

/** The Field trip tab's strings (`trip` namespace), registered on first use. */
export const useTripStrings = () => useFeatureStrings(TRIP_NS, TRIP_STRINGS);
