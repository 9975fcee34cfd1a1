import type { TCommon, TTrip } from '../../i18n/t';
import { Fragment, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/schema';
import type { TripEvaluation } from '../../domain/trip/evaluate';
import { useAppStore } from '../../store';
import type { TripDraft } from '../../store/trip-slice';
import { useEndPrintOnUnmount, usePrintWhenReady } from '../use-print';
import { usePrintQr } from '../use-print-qr';
import { ACTIVITIES } from './activities-data';
import { shareUrl } from './share-url';
import { stopActivities } from './StopDetails';
import { tripSafety } from './safety';
import { TripFacts } from './TripFacts';
import { TRIP_NS } from './strings';
import { useSiteNames } from './use-site-names';

/** Lines to write on under each stop's questions. */
const WRITING_LINES = 4;

type Lang = { l: Locale; t: TTrip; tc: TCommon };

/**
 * The A4 handout: title, date, meeting point, totals, the route's map image and a QR code that
 * reopens the trip, then the numbered stops with times, suggestions with space to write, and
 * safety notes. In one language, or Thai and English side by side. Hidden on screen; the print
 * style sheet shows only this.
 */
export function TripHandout({ draft, evaluation }: { draft: TripDraft; evaluation: TripEvaluation }) {
  const { i18n } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const print = useAppStore((s) => s.print);
  const choice = useAppStore((s) => s.handoutLanguage);
  const names = useSiteNames();
  const link = shareUrl(draft, choice === 'both' ? locale : choice);

  const qr = usePrintQr(link, print.status !== 'idle', 'trip');
  const qrReady = qr.ready;

  useEndPrintOnUnmount();

  usePrintWhenReady(print.status === 'ready' && qrReady);

  if (print.status === 'idle') return null;
  const langs: Lang[] = (choice === 'both' ? (['th', 'en'] as const) : [choice]).map((l) => ({
    l,
    t: i18n.getFixedT(l, TRIP_NS),
    tc: i18n.getFixedT(l, 'translation'),
  }));
  const cols = (render: (x: Lang) => ReactNode, className = '') => (
    <div className={`trip-handout__cols ${className}`}>
      {langs.map((x) => (
        <div key={x.l} lang={x.l} className="trip-handout__col">
          {render(x)}
        </div>
      ))}
    </div>
  );
  const { brief } = draft;
  const { totals } = evaluation;
  const safetyNotes = tripSafety(evaluation.stops.map((s) => s.id), brief.date);
  const startName = (l: Locale, t: TTrip) => (brief.start.kind === 'site' ? names.name(brief.start.id, l) : t('school'));
  const endName = (l: Locale, t: TTrip) => (brief.end.kind === 'site' ? names.name(brief.end.id, l) : t('school'));

  return createPortal(
    <article
      className={`print-view trip-handout trip-handout--${choice}`}
      data-testid="trip-handout"
      data-print-status={print.status}
      data-qr-ready={qrReady}
      aria-hidden="true"
    >
      <header className="trip-handout__header">
        <h1>{draft.name}</h1>
        {cols(({ t, tc }) => (
          <p className="trip-handout__sub">
            {t('title')} · {tc('app.title')}
          </p>
        ))}
      </header>
      <div className="trip-handout__top">
        {cols(({ l, t }) => (
          <TripFacts brief={brief} totals={totals} l={l} t={t} place={startName(l, t)} className="trip-handout__facts" />
        ))}
        <figure className="trip-handout__qr">
          {qr.image && <img src={qr.image} alt={langs.map(({ t }) => t('handout.qr')).join(' / ')} data-testid="trip-qr" data-url={qr.url} />}
          <figcaption>
            {langs.map(({ l, t }) => (
              <span key={l} lang={l}>
                {t('handout.qr')}
              </span>
            ))}
          </figcaption>
        </figure>
      </div>
      {print.image && <img className="trip-handout__map" src={print.image} alt={langs.map(({ t }) => t('handout.map')).join(' / ')} />}
      {safetyNotes.general.length > 0 &&
        cols(({ l, t }) => (
          <div className="trip-handout__safety trip-handout__safety--all">
            <strong>{t('handout.safetyAll')}:</strong>
            <ul>
              {safetyNotes.general.map((n, j) => (
                <li key={j}>
                  {n.text[l]} <em>({n.basis === 'sourced' ? t('stop.sourced', { source: n.source }) : t('stop.generic')})</em>
                </li>
              ))}
            </ul>
          </div>
        ))}
      {cols(({ t }) => <h2>{t('handout.stops')}</h2>, 'trip-handout__stops-title')}
      <ol className="trip-handout__stops">
        {evaluation.stops.map((stop, i) => {
          const activities = stopActivities(stop.id, brief);
          const safety = safetyNotes.atStop.get(stop.id) ?? [];
          return (
            <li key={stop.id} className="trip-handout__stop">
              {cols(({ l, t }) => (
                <Fragment>
                  <h3>
                    <span className="trip-handout__n">{i + 1}</span> {names.name(stop.id, l)}
                  </h3>
                  <p className="trip-handout__time">
                    {t('stops.times', { arrive: stop.arriveAt, leave: stop.leaveAt })} · {t('handout.walk', { minutes: stop.walkMinutesFromPrevious })}
                  </p>
                  <ul className="trip-handout__activities">
                    {activities.map((a, j) => (
                      <li key={j}>
                        <strong>{t(`stop.kind.${a.kind}`)}:</strong> {a.text[l]}
                      </li>
                    ))}
                  </ul>
                </Fragment>
              ))}
              <div className="trip-handout__lines" aria-hidden="true">
                {langs.map(({ l, t }) => (
                  <span key={l} lang={l} className="trip-handout__lines-label">
                    {t('handout.answers')}
                  </span>
                ))}
                {Array.from({ length: WRITING_LINES }, (_, j) => (
                  <div key={j} className="trip-handout__line" />
                ))}
              </div>
              {safety.length > 0 &&
                cols(({ l, t }) => (
                  <div className="trip-handout__safety">
                    <strong>{t('handout.safety')}:</strong>
                    <ul>
                      {safety.map((n, j) => (
                        <li key={j}>
                          {n.text[l]} <em>({n.basis === 'sourced' ? t('stop.sourced', { source: n.source }) : t('stop.generic')})</em>
                        </li>
                      ))}
                    </ul>
                  </div>
                ))}
            </li>
          );
        })}
      </ol>
      {cols(({ l, t }) => (
        <footer className="trip-handout__footer">
          <p>
            <strong>{t('handout.back', { name: endName(l, t), time: totals.finishAt })}</strong>
          </p>
          <p className="trip-handout__note">{ACTIVITIES.note[l]}</p>
        </footer>
      ))}
    </article>,
    document.body,
  );
}
