import en from '../i18n/locales/network.en.json';
import th from '../i18n/locales/network.th.json';
import { useFeatureStrings } from './use-feature-strings';

/** The walking network's strings (loaded with the tabs that route and with "About the data"). */
export const useNetworkStrings = () => useFeatureStrings('network', { th, en });
