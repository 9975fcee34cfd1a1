import en from '../../i18n/locales/follow.en.json';
import th from '../../i18n/locales/follow.th.json';
import { useFeatureStrings } from '../use-feature-strings';

/** Following a walk: its own namespace, loaded with the feature. */
export const useFollowStrings = () => useFeatureStrings('follow', { th, en });
