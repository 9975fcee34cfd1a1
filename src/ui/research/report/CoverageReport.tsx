import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { DATA_VERSION } from '../../../data';
import { useAppStore, useAppStoreApi } from '../../../store';
import { analysisLink } from '../../../store/analysis-link';
import { useEndPrintOnUnmount, usePrintWhenReady } from '../../use-print';
import { usePrintQr } from '../../use-print-qr';
import { captureReport } from './capture';
import { makeKit, type Lang } from './kit';
import { reportModel, type ReportInputs } from './model';
import { ReportFindings } from './ReportFindings';
import { ReportMethod } from './ReportMethod';
import { ReportSites, ReportLink } from './ReportSites';
import { ReportSummary } from './ReportSummary';

/**
 * The coverage report on A4: the question and the method in plain words, the parameters, the map,
 * the figures per waterway, the gaps with the places at their ends, the suggestions, the
 * straight-line comparison, the sites counted, the researcher's own data, the sources, the date
 * and the data's version, and a link and QR code that reopen the analysis. Its inputs are the
 * store's when printing starts (the panel's one coverage result), held until printing ends.
 * Hidden on screen (.print-view); the print style sheet shows it.
 */
export function CoverageReport() {
  const { i18n } = useTranslation();
  const store = useAppStoreApi();
  const locale = useAppStore((s) => s.locale);
  const print = useAppStore((s) => s.print);
  const choice = useAppStore((s) => s.reportLanguage);
  const active = print.status !== 'idle';
  // Taken once when printing starts (state adjusted while rendering, as React advises for a value
  // that follows a prop); a change in the panel meanwhile does not reach this report.
  const [held, setHeld] = useState<{ active: boolean; inputs: ReportInputs | null }>({ active: false, inputs: null });
  if (held.active !== active) setHeld({ active, inputs: active ? captureReport(store.getState()) : null });
  const inputs = held.inputs;
  useEndPrintOnUnmount();
  // No coverage to report (the button is not offered then): end the print rather than wait forever.
  useEffect(() => {
    if (active && !inputs) store.getState().endPrint();
  }, [active, inputs, store]);

  const model = useMemo(() => (inputs ? reportModel(inputs) : null), [inputs]);
  const linkLocale = choice === 'both' ? locale : choice;
  const link = useMemo(
    () => (inputs ? analysisLink(window.location.href, linkLocale, inputs.params, inputs.reply.candidates.map((c) => c.point), DATA_VERSION) : ''),
    [inputs, linkLocale],
  );
  const qr = usePrintQr(link, active && inputs !== null, 'report');
  usePrintWhenReady(print.status === 'ready' && qr.ready && model !== null);

  if (!active || !model) return null;
  const langs: Lang[] = (choice === 'both' ? (['th', 'en'] as const) : [choice]).map((l) => ({
    l,
    t: i18n.getFixedT(l, 'research', 'report'),
    tc: i18n.getFixedT(l, ['translation', 'research']),
  }));
  const kit = makeKit(langs, model.inputs.waterways);

  return createPortal(
    <article className={`print-view report report--${choice}`} data-testid="coverage-report" data-print-status={print.status} data-qr-ready={qr.ready}>
      <ReportSummary kit={kit} model={model} image={print.image} />
      <ReportMethod kit={kit} model={model} />
      <ReportFindings kit={kit} model={model} />
      <ReportSites kit={kit} model={model} />
      <ReportLink kit={kit} model={model} link={link} qr={qr.image} />
    </article>,
    document.body,
  );
}
