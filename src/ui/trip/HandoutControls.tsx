import { useId } from 'react';
import { useAppStore } from '../../store';
import { PrintLanguageRadios } from '../PrintLanguageRadios';
import { useTripStrings } from './strings';

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
      <PrintLanguageRadios legend={t('handout.language')} label={(l) => t(`handout.lang.${l}`)} value={language} onChange={setLanguage} />
      {/* While printing, aria-disabled keeps the button focusable (focus must not fall to the page). */}
      <button
        type="button"
        className="btn btn--primary"
        disabled={disabled}
        aria-disabled={status !== 'idle'}
        onClick={() => status === 'idle' && requestPrint()}
      >
        {t('handout.print')}
      </button>
      {/* Mounted from the start, so a screen reader announces the text when it changes. */}
      <p className="hint busy-note" role="status" data-testid="handout-status">
        {status === 'preparing' ? t('handout.preparing') : ''}
      </p>
    </section>
  );
}
