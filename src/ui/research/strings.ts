import en from '../../i18n/locales/research.en.json';
import th from '../../i18n/locales/research.th.json';
import { useFeatureStrings } from '../use-feature-strings';

/** The Research tab's strings (its own namespace, loaded with the tab). */
export const useResearchStrings = () => useFeatureStrings('research', { th, en });
