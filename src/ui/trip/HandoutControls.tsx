import { useId } from 'react';
import { useAppStore } from '../../store';
import type { HandoutLanguage } from '../../store/trip-slice';
import { useTripStrings } from './strings';

const LANGUAGES: readonly HandoutLanguage[] = ['th', 'en', 'both'];

/** Choose the handout's language (Thai, English or both side by side) and print it. */
export function HandoutControls({ disabled }: { disabled: boolean }) {
  const { t } = useTripStrings();
  const id = useId();
  const language = useAppStore((s) => s.handoutLanguage);
  const setLanguage = useAppStore((s) => s.setHandoutLanguage);
  const requestPrint = useAppStore((s) => s.requestPrint);
  const status = useAppStore((s) => s.print.status);
  return (
    <section className="trip-handout-controls" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('handout.heading')}</h3>
      <fieldset className="trip-radios">
        <legend>{t('handout.language')}</legend>
        {LANGUAGES.map((l) => (
          <label key={l}>
            <input type="radio" name={`${id}-lang`} value={l} checked={language === l} onChange={() => setLanguage(l)} /> {t(`handout.lang.${l}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn btn--primary" disabled={disabled || status !== 'idle'} onClick={requestPrint}>
        {t('handout.print')}
      </button>
      {status === 'preparing' && (
        <p className="hint" role="status">
          {t('handout.preparing')}
        </p>
      )}
    </section>
  );
}
