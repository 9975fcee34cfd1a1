import { useFeatureStrings } from '../use-feature-strings';
import en from '../../i18n/locales/research.en.json';
import th from '../../i18n/locales/research.th.json';

export default function ResearchPanel() {
  const { t } = useFeatureStrings('research', { th, en });
  return <h2>{t('title')}</h2>;
}
