import { useTranslation } from 'react-i18next';
import { addFeatureStrings, type FeatureStrings } from '../i18n';

/** `useTranslation` for a lazily loaded feature: registers its namespace on first use. */
export function useFeatureStrings(ns: string, strings: FeatureStrings) {
  const { i18n } = useTranslation();
  addFeatureStrings(i18n, ns, strings);
  return useTranslation(ns);
}
