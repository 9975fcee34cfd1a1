import en from '../i18n/locales/about.en.json';
import th from '../i18n/locales/about.th.json';
import { useFeatureStrings } from './use-feature-strings';

/** "About the data" strings (loaded with the dialog; the shared words fall back to the main strings). */
export const useAboutStrings = () => useFeatureStrings('about', { th, en });
