import { useId } from 'react';
import { SUGGEST_DEFAULT, type CoverageRequest } from '../../../domain/coverage/session';
import { useAppStore, useAppStoreApi } from '../../../store';
import { PrintLanguageRadios } from '../../use-print';
import { useResearchStrings } from '../strings';

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
  const suggest = useAppStore((s) => s.suggest);
  const suggesting = useAppStore((s) => s.suggestRun.status === 'running');
  // Busy, the button stays focusable (aria-disabled, not disabled): focus must not fall to the page.
  const waiting = busy || suggesting || status !== 'idle';
  const print = async () => {
    if (waiting) return;
    if (store.getState().suggestRun.status === 'idle') await suggest(request, SUGGEST_DEFAULT);
    requestPrint();
  };
  return (
    <section aria-labelledby={`${id}-h`} data-testid="report-controls">
      <h3 id={`${id}-h`}>{t('report.heading')}</h3>
      <p className="hint">{t('report.intro')}</p>
      <PrintLanguageRadios legend={t('report.language')} label={(l) => t(`report.lang.${l}`)} value={language} onChange={setLanguage} />
      <button type="button" className="btn btn--primary" aria-disabled={waiting} onClick={() => void print()}>
        {t('report.print')}
      </button>
      {(status === 'preparing' || suggesting) && (
        <p className="hint" role="status">
          {t('report.preparing')}
        </p>
      )}
    </section>
  );
}
