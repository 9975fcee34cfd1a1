import { useFeatureStrings } from '../use-feature-strings';
import en from '../../i18n/locales/trip.en.json';
import th from '../../i18n/locales/trip.th.json';

/** The field-trip builder (issue 5): being built. */
export default function TripPanel() {
  const { t } = useFeatureStrings('trip', { th, en });
  return <p className="hint">{t('comingSoon')}</p>;
}
