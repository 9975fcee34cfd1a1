import type { Namespace } from 'i18next';
import { useTranslation } from 'react-i18next';
import { addFeatureStrings, type FeatureStrings } from '../i18n';

/** `useTranslation` for a lazily loaded feature: registers its namespace on first use. */
export function useFeatureStrings<N extends Namespace>(ns: N, strings: FeatureStrings) {
  const { i18n } = useTranslation();
  addFeatureStrings(i18n, ns as string, strings);
  return useTranslation(ns);
}
