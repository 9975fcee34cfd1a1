import { useTranslation } from 'react-i18next';
import { LOCALES } from '../domain/vocab';
import { useAppStore } from '../store';

/** Two buttons, each labelled in its own language, with the current one pressed. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const setLocale = useAppStore((s) => s.setLocale);
  return (
    <div className="lang-switch" role="group" aria-label={t('app.language')}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
          className="lang-switch__btn"
        >
          {t(`lang.${l}`)}
        </button>
      ))}
    </div>
  );
}
