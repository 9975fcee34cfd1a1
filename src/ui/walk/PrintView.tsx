import { createPortal } from 'react-dom';
import { useEndPrintOnUnmount, usePrintWhenReady } from '../use-print';
import { formatDuration, legSummary } from '../../domain/network/directions';
import { minutes } from '../../domain/types';
import { useAppStore } from '../../store';
import { useWalkStrings } from './strings';
import { selectNetwork } from '../../store/walk-selectors';
import { formatDistance } from '../format';
import { formatDate } from '../format-date';
import type { WalkView } from './use-walk';

/**
 * The A4 print of a walk: title, totals, the map as an image, the numbered stops and the
 * directions. Hidden on screen; the print style sheet shows only this.
 */
export function PrintView({ view }: { view: WalkView }) {
  const { t } = useWalkStrings();
  const locale = useAppStore((s) => s.locale);
  const print = useAppStore((s) => s.print);
  const walks = useAppStore((s) => s.data.walks);
  const curated = useAppStore((s) => s.walk.curated);
  const profile = useAppStore((s) => s.walk.profile);
  const pace = useAppStore((s) => s.walk.pace);
  const networkLength = useAppStore((s) => selectNetwork(s)?.stats.length ?? 0);

  useEndPrintOnUnmount();

  usePrintWhenReady(print.status === 'ready');

  if (!view.outcome?.ok || print.status === 'idle') return null;
  const intro = walks.find((w) => w.id === curated);
  const route = view.outcome.route;
  return createPortal(
    <article className="print-view" data-testid="print-view" data-print-status={print.status} aria-hidden="true">
      <h1>{intro?.title[locale] ?? t('walk.ownTitle')}</h1>
      <p className="print-view__meta">
        {t('app.title')} · {formatDate(locale, new Date(), 'long')}
      </p>
      {intro && <p>{intro.intro[locale]}</p>}
      <p>
        <strong>{view.summary?.text}</strong> ·{' '}
        {t('walk.withVisits', {
          total: formatDuration(minutes((view.summary?.duration ?? 0) + view.visitMinutes), locale),
          visits: formatDuration(minutes(view.visitMinutes), locale),
        })}{' '}
        · {t(`walk.profile.${profile}`)}
      </p>
      {print.image && <img className="print-view__map" src={print.image} alt={t('walk.mapImage')} />}
      <h2>{t('walk.stops')}</h2>
      <ol className="print-view__stops">
        {view.stops.map((s) => (
          <li key={s.id}>
            {s.name[locale]} <span lang={locale === 'th' ? 'en' : 'th'}>({s.name[locale === 'th' ? 'en' : 'th']})</span>
          </li>
        ))}
      </ol>
      <h2>{t('walk.directions')}</h2>
      {view.directions.map((steps, i) => {
        const leg = route.legs[i]!;
        const name = (id: string) => view.stops.find((s) => s.id === id)?.name[locale] ?? id;
        return (
          <section key={i} className="print-view__leg">
            <h3>
              {i + 1}. {name(leg.from)} → {name(leg.to)} · {legSummary(leg, locale, { pace }).text}
            </h3>
            <ol className="print-view__directions">
              {steps.map((step, j) => (
                <li key={j}>{step.text}</li>
              ))}
            </ol>
          </section>
        );
      })}
      <p className="print-view__note">{t('walk.modelNote', { length: formatDistance(networkLength, locale) })} {t('data.osmCredit')}</p>
    </article>,
    document.body,
  );
}
