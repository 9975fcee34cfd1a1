import en from '../../i18n/locales/walk.en.json';
import th from '../../i18n/locales/walk.th.json';
import { useFeatureStrings } from '../use-feature-strings';

/** The Walk tab's strings (its own namespace, loaded with the tab; shared words fall back to the main strings). */
export const useWalkStrings = () => useFeatureStrings('walk', { th, en });
