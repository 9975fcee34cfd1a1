/**
 * The walk being followed: where the walker is (and how sure the device is), the step now and the
 * next one with the metres to it, the stop's card on arrival, a new route when off it, "where am I
 * on the canal", and the steps read aloud where the device has a voice for the language.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { canalPosition, distanceFrom } from '../../domain/along';
import { FOLLOW_RULES } from '../../domain/follow/follow';
import { followView, type FollowSession } from '../../domain/follow/session';
import type { Locale } from '../../domain/schema';
import type { LngLat } from '../../domain/types';
import { START_MAX_SNAP } from '../../domain/walk';
import { useAppStore, useAppStoreApi } from '../../store';
import { selectMainStem } from '../../store/selectors';
import { useAnnounceChange } from '../announcer';
import { alongText } from '../FeatureCard';
import { changeThenFocus } from '../focus';
import { formatDistance } from '../format';
import { NameText } from '../NameText';
import { rerouteHere, stopFollowing, type Reroute } from './actions';
import { useFollowStrings } from './strings';
import { wakeLockState } from './watch';

/** The card, for the walk or the trip being followed; `arrivalExtra` adds to a reached stop (a trip's activities). */
export default function FollowCard({ arrivalExtra }: { arrivalExtra?: (siteId: string) => ReactNode }) {
  const { t } = useFollowStrings();
  const store = useAppStoreApi();
  const locale = useAppStore((s) => s.locale);
  const session = useAppStore((s) => s.follow ?? null);
  const heading = useRef<HTMLHeadingElement>(null);
  const rerouted = useRef<HTMLParagraphElement>(null);
  // The last new-route answer, kept for the leg it was asked on (an arrival retires it).
  const [asked, setAsked] = useState<{ leg: number; result: Reroute } | null>(null);
  const view = session ? followView(session, locale) : null;
  const distance = (m: number) => formatDistance(m, locale);

  useLayoutEffect(() => heading.current?.focus(), []);
  useStepAnnouncements(session, locale);
  useSpeech(session, locale);

  if (!session || !view) return null;
  const { state } = session;
  const reroute = asked?.leg === state.leg ? asked.result : null;
  const toStop = session.stops[view.to];
  return (
    <section
      className="follow"
      aria-labelledby="follow-title"
      data-testid="follow-card"
      // For tests and debugging: which leg, how far along it, and when the last fix came.
      data-leg={state.leg}
      data-along={Math.round(state.along)}
      data-fix-time={state.fix?.time ?? 0}
    >
      <div className="follow__head">
        <h3 id="follow-title" ref={heading} tabIndex={-1}>
          {t('title')}
        </h3>
        <button
          type="button"
          className="btn btn--small"
          onClick={() => changeThenFocus(() => stopFollowing(store), () => document.getElementById('follow-start'))}
        >
          {t('stop')}
        </button>
      </div>
      <FixStatus session={session} distance={distance} />
      {state.offRoute && !view.finished && (
        <div className="follow__off" role="alert" data-testid="follow-off-route">
          <p>{t('offRoute', { distance: distance(state.offset ?? 0) })}</p>
          <button
            type="button"
            className="btn btn--primary"
            // The button goes with the alert: focus moves to the answer, in the same place.
            onClick={() => changeThenFocus(() => setAsked({ leg: state.leg, result: rerouteHere(store) }), () => rerouted.current)}
          >
            {t('reroute')}
          </button>
        </div>
      )}
      {reroute && (
        <p className="follow__rerouted" role="status" data-testid="follow-rerouted" tabIndex={-1} ref={rerouted}>
          {reroute.ok
            ? t('rerouted', { name: toStop?.name[locale] ?? '', distance: distance(reroute.distance) })
            : reroute.reason === 'far'
              ? t('rerouteFar', { limit: distance(START_MAX_SNAP) })
              : t('rerouteNone', { name: toStop?.name[locale] ?? '' })}
        </p>
      )}
      <Arrival session={session} extra={arrivalExtra} />
      {view.finished ? (
        <p className="follow__finished" data-testid="follow-finished">
          <strong>{t('finished')}</strong>
        </p>
      ) : (
        <>
          <p className="follow__to" data-testid="follow-to">
            {t('nextStop', { name: toStop?.name[locale] ?? '', distance: distance(view.toStop) })}
          </p>
          <div className="follow__steps">
            <p className="follow__now" data-testid="follow-now">
              <span className="follow__label">{t('now')}</span> {view.step?.text}
            </p>
            {view.next && (
              <p className="follow__next" data-testid="follow-next">
                <span className="follow__label">{t('in', { distance: distance(view.toNext) })}</span> {view.next.text}
              </p>
            )}
          </div>
        </>
      )}
      <WhereOnCanal session={session} distance={distance} />
      <details className="follow__rules">
        <summary>{t('rules')}</summary>
        <p>
          {t('rulesText', {
            arrive: distance(FOLLOW_RULES.arriveWithin),
            off: distance(FOLLOW_RULES.offRouteBeyond),
            seconds: FOLLOW_RULES.offRouteAfter / 1000,
            good: distance(FOLLOW_RULES.goodAccuracy),
          })}
        </p>
        {wakeLockState.held && <p>{t('awake')}</p>}
      </details>
    </section>
  );
}

/** How sure the position is, or why there is none; a problem is said at once (role=alert). */
function FixStatus({ session, distance }: { session: FollowSession; distance: (m: number) => string }) {
  const { t } = useFollowStrings();
  const { problem, state } = session;
  if (problem) {
    return (
      <p className="follow__problem" role="alert" data-testid="follow-problem">
        {t(`problem.${problem}`)}
      </p>
    );
  }
  const fix = state.fix;
  const text =
    !fix || state.quality === 'waiting'
      ? t('waiting')
      : state.quality === 'poor'
        ? t('poor', { accuracy: distance(fix.accuracy), limit: distance(FOLLOW_RULES.goodAccuracy) })
        : t('good', { accuracy: distance(fix.accuracy) });
  return (
    <p className={`follow__fix follow__fix--${state.quality}`} data-testid="follow-fix">
      {text}
    </p>
  );
}

/** Metres into the next leg after which a stop's arrival card folds away. */
const ARRIVAL_KEPT = 60;

/** The stop just reached: what can be learned there (and a trip's activities), until the walker walks on. */
function Arrival({ session, extra }: { session: FollowSession; extra?: (siteId: string) => ReactNode }) {
  const { t } = useFollowStrings();
  const { t: tc } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const sites = useAppStore((s) => s.data.sites.value);
  const select = useAppStore((s) => s.select);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const { arrivedLeg: reached, leg, along, offRoute } = session.state;
  // Shown at the stop, and folded away once the walker is on their way (or dismisses it).
  if (reached === null || reached === dismissed || leg > reached + 1 || along > ARRIVAL_KEPT || offRoute) return null;
  const stop = session.stops[reached + 1];
  if (!stop) return null;
  const site = stop.site ? sites.find((s) => s.properties.id === stop.site) : undefined;
  return (
    <section className="follow__arrived" aria-labelledby="follow-arrived" data-testid="follow-arrival">
      <h4 id="follow-arrived">
        <NameText text={t('arrived', { name: stop.name[locale] })} />
      </h4>
      {site && (
        <>
          <h5>{tc('card.learn')}</h5>
          <p>{site.properties.learn[locale]}</p>
          {extra?.(site.properties.id)}
        </>
      )}
      <div className="follow__actions">
        {site && (
          <button type="button" className="btn btn--small" onClick={() => select({ type: 'site', id: site.properties.id })}>
            <NameText text={t('about', { name: stop.name[locale] })} />
          </button>
        )}
        <button type="button" className="btn btn--small" onClick={() => setDismissed(reached)}>
          {t('walkOn')}
        </button>
      </div>
    </section>
  );
}

/** On demand: the bank and the distance along the Mae Kha, and the nearest site. */
function WhereOnCanal({ session, distance }: { session: FollowSession; distance: (m: number) => string }) {
  const { t } = useFollowStrings();
  const { t: tc } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const canal = useAppStore(selectMainStem);
  const sites = useAppStore((s) => s.data.sites.value);
  // The answer for the position at the press, kept until asked again (not redone, and re-read
  // aloud, with every fix).
  const [asked, setAsked] = useState<{ at: LngLat | null } | null>(null);
  let text: string[] = [];
  if (asked && !asked.at) text = [t('whereNoFix')];
  else if (asked?.at) {
    const at = asked.at;
    const nearest = sites
      .map((s) => ({ site: s, d: distanceFrom(at, s) }))
      .reduce((a, b) => (b.d < a.d ? b : a), { site: null as (typeof sites)[number] | null, d: Infinity });
    text = [
      ...(canal ? [alongText(tc as TFunction, locale, canalPosition(at, canal))] : []),
      ...(nearest.site ? [t('nearest', { name: nearest.site.properties.name[locale], distance: distance(nearest.d) })] : []),
    ];
  }
  return (
    <div className="follow__where">
      <button type="button" className="btn btn--small" onClick={() => setAsked({ at: session.state.fix?.point ?? null })}>
        {t('where')}
      </button>
      <div role="status" data-testid="follow-where">
        {text.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <SpeakToggle />
    </div>
  );
}

/** The voice for the language, if the device has one (voices may arrive after the page loads). */
function useVoice(locale: Locale): SpeechSynthesisVoice | null {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth?.getVoices() ?? []);
  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [synth]);
  return voices.find((v) => v.lang.toLowerCase().startsWith(locale)) ?? null;
}

/** Off by default; offered only where there is a voice for the language. */
function SpeakToggle() {
  const { t } = useFollowStrings();
  const store = useAppStoreApi();
  const locale = useAppStore((s) => s.locale);
  const speak = useAppStore((s) => s.follow?.speak ?? false);
  const voice = useVoice(locale);
  if (!voice) return null;
  return (
    <label className="follow__speak">
      <input
        type="checkbox"
        checked={speak}
        onChange={(e) => store.setState((s) => (s.follow ? { follow: { ...s.follow, speak: e.target.checked } } : {}))}
      />{' '}
      {t('speak')}
    </label>
  );
}

/** The step now, said when it changes (not the metres, which change with every fix), and each arrival. */
function useStepAnnouncements(session: FollowSession | null, locale: Locale): void {
  const { t } = useFollowStrings();
  const view = session ? followView(session, locale) : null;
  const text = view && !view.finished ? (view.step?.text ?? null) : null;
  const index = session && view?.step ? (session.steps[locale][session.state.leg] ?? []).indexOf(view.step) : -1;
  // Keyed by the step's place, in no language: switching language re-announces nothing.
  useAnnounceChange(session && text ? `${session.state.leg}:${session.reroutes}:${index}` : null, text);
  const reached = session?.state.arrivedLeg ?? null;
  const stop = reached === null ? null : session?.stops[reached + 1];
  useAnnounceChange(reached === null ? null : `${reached}`, stop ? t('arrived', { name: stop.name[locale] }) : null);
}

/** Reads the step now aloud when it changes, if the walker turned it on and a voice exists. */
function useSpeech(session: FollowSession | null, locale: Locale): void {
  const voice = useVoice(locale);
  const view = session ? followView(session, locale) : null;
  const text = session?.speak && voice ? (view?.finished ? null : (view?.step?.text ?? null)) : null;
  useEffect(() => {
    const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
    if (!text || !voice || !synth) return;
    try {
      synth.cancel();
      const said = new SpeechSynthesisUtterance(text);
      said.voice = voice;
      said.lang = voice.lang;
      synth.speak(said);
    } catch {
      // Speech is a convenience: the step is on screen either way.
    }
  }, [text, voice]);
}
