import { useId } from 'react';
import { SUGGEST_DEFAULT, type CoverageRequest } from '../../../domain/coverage/session';
import { useAppStore, useAppStoreApi } from '../../../store';
import { PrintLanguageRadios } from '../../PrintLanguageRadios';
import { useResearchStrings } from '../strings';
import { useSuggest } from '../use-suggest';

/**
 * Choose the report's language (Thai, English or both side by side) and print it. Suggested sites
 * are part of the report: unless the researcher has asked for some with these inputs, the default
 * number is found first (and shown in the panel too, so the panel and the report agree).
 */
export function ReportControls({ request }: { request: CoverageRequest }) {
  const { t } = useResearchStrings();
  const id = useId();
  const language = useAppStore((s) => s.reportLanguage);
  const setLanguage = useAppStore((s) => s.setReportLanguage);
  const requestPrint = useAppStore((s) => s.requestPrint);
  const status = useAppStore((s) => s.print.status);
  const busy = useAppStore((s) => s.coverageBusy);
  const store = useAppStoreApi();
  const suggest = useSuggest(request);
  const suggesting = useAppStore((s) => s.suggestRun.status === 'running');
  // Busy, the button stays focusable (aria-disabled, not disabled): focus must not fall to the page.
  const waiting = busy || suggesting || status !== 'idle';
  const print = async () => {
    if (waiting) return;
    // The report's suggestions are for these inputs: if they changed while the search ran, nothing is printed.
    if (store.getState().suggestRun.status === 'idle' && (await suggest(SUGGEST_DEFAULT)) === 'stale') return;
    if (store.getState().print.status === 'idle') requestPrint();
  };
  const note = suggesting ? t('report.preparingSuggest') : status === 'preparing' ? t('report.preparing') : busy ? t('report.busy') : '';
  return (
    <section aria-labelledby={`${id}-h`} data-testid="report-controls">
      <h3 id={`${id}-h`}>{t('report.heading')}</h3>
      <p className="hint">{t('report.intro')}</p>
      <PrintLanguageRadios legend={t('report.language')} label={(l) => t(`report.lang.${l}`)} value={language} onChange={setLanguage} />
      <button type="button" className="btn btn--primary" aria-disabled={waiting} aria-describedby={`${id}-note`} onClick={() => void print()}>
        {t('report.print')}
      </button>
      {/* Mounted from the start, so a screen reader announces the text when it changes. */}
      <p className={`hint${suggesting || status === 'preparing' ? ' busy-note' : ''}`} role="status" id={`${id}-note`}>
        {note}
      </p>
    </section>
  );
}
