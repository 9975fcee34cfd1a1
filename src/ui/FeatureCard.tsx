import type { Confidence } from '../domain/vocab';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, SiteFeature, WaterwayFeature } from '../domain/schema';
import { canalPosition, nearbySites, type CanalPosition } from '../domain/along';
import type { TCommon } from '../i18n/t';
import { waterwayLength } from '../domain/measure';
import { selectMainStem } from '../store/selectors';
import { useAppStore } from '../store';
import { CategorySymbol } from './CategorySymbol';
import { NameText } from './NameText';
import { AddToWalk } from './walk/AddToWalk';
import { formatDistance } from './format';

const other = (l: Locale): Locale => (l === 'th' ? 'en' : 'th');

function Provenance({ source, confidence, accuracy }: { source: string; confidence: Confidence; accuracy: string }) {
  const { t } = useTranslation();
  return (
    <dl className="provenance">
      <dt>{t('card.source')}</dt>
      <dd>{source}</dd>
      <dt>{t('card.confidence')}</dt>
      <dd>{t(`confidence.${confidence}`)}</dd>
      <dt>{t('card.accuracy')}</dt>
      <dd>{accuracy}</dd>
    </dl>
  );
}

/** Where a point lies along the Mae Kha, as the card says it ("14.2 km along the canal · 40 m, east side"). */
export function alongText(t: TCommon, locale: Locale, pos: CanalPosition): string {
  const where =
    pos.bank === 'on'
      ? t('card.onCanal')
      : t('card.offCanal', { distance: formatDistance(pos.offset, locale), bank: t(`card.bank.${pos.bank}`) });
  // Far from the canal, a position "along" it means little: give the distance only.
  return pos.offset > 1000 ? where : `${t('card.along', { km: formatDistance(pos.chainage, locale) })} · ${where}`;
}

function AlongCanal({ site }: { site: SiteFeature }) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const canal = useAppStore(selectMainStem);
  if (!canal) return null;
  return <p className="card__along">{alongText(t, locale, canalPosition(site.geometry.coordinates, canal))}</p>;
}

function Nearby({ site }: { site: SiteFeature }) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const sites = useAppStore((s) => s.data.sites.value);
  const select = useAppStore((s) => s.select);
  const near = nearbySites(site, sites, { limit: 4 });
  if (near.length === 0) return null;
  const byId = new Map(sites.map((s) => [s.properties.id, s]));
  return (
    <>
      <h3>{t('card.nearby')}</h3>
      <ul className="nearby">
        {near.map((n) => {
          const other = byId.get(n.id);
          if (!other) return null;
          return (
            <li key={n.id}>
              <button type="button" className="link" onClick={() => select({ type: 'site', id: n.id })}>
                <CategorySymbol category={other.properties.category} size={14} /> {other.properties.name[locale]}
              </button>{' '}
              <span className="hint">{formatDistance(n.distance, locale)}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function SiteCard({ site }: { site: SiteFeature }) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const p = site.properties;
  return (
    <>
      <p className="card__kind">
        <CategorySymbol category={p.category} /> {t(`category.${p.category}`)}
        <span className={`badge badge--${p.status}`} title={p.status === 'candidate' ? t('status.candidateHint') : undefined}>
          {t(`status.${p.status}`)}
        </span>
      </p>
      {p.status === 'candidate' && <p className="hint">{t('status.candidateHint')}</p>}
      <ul className="themes" aria-label={t('card.themes')}>
        {p.themes.map((th) => (
          <li key={th} className="chip">
            {t(`theme.${th}`)}
          </li>
        ))}
      </ul>
      <AlongCanal site={site} />
      <AddToWalk id={p.id} />
      <p>{p.summary[locale]}</p>
      <h3>{t('card.learn')}</h3>
      <p>{p.learn[locale]}</p>
      <dl className="facts">
        <dt>{t('card.visit')}</dt>
        <dd>{t('units.min', { value: p.visitMinutes })}</dd>
        <dt>{t('card.access')}</dt>
        <dd>{t(`stepFree.${p.stepFree}`)}</dd>
        {p.openingHours && (
          <>
            <dt>{t('card.hours')}</dt>
            <dd>
              {p.openingHours.text[locale]} <span className="hint">({p.openingHours.source})</span>
              {!p.openingHours.verified && <span className="hint card__unconfirmed"> {t('card.hoursUnconfirmed')}</span>}
            </dd>
          </>
        )}
        {p.code && (
          <>
            <dt>{t('card.code')}</dt>
            <dd>{p.code}</dd>
          </>
        )}
      </dl>
      <Provenance
        source={p.source}
        confidence={p.confidence}
        accuracy={t('card.within', { distance: formatDistance(p.positionAccuracy, locale) })}
      />
      <Nearby site={site} />
    </>
  );
}

function WaterwayCard({ waterway }: { waterway: WaterwayFeature }) {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const p = waterway.properties;
  return (
    <>
      <p className="card__kind">
        {t(`kind.${p.kind}`)}
        {p.approximate && <span className="badge badge--approx">{t('card.approximate')}</span>}
      </p>
      <dl className="facts">
        <dt>{t('card.length')}</dt>
        <dd>{formatDistance(waterwayLength(waterway), locale)}</dd>
      </dl>
      <p>{p.description[locale]}</p>
      <Provenance
        source={p.source}
        confidence={p.confidence}
        accuracy={t('card.within', { distance: formatDistance(p.geometryAccuracy, locale) })}
      />
    </>
  );
}

/** The selected site or waterway, in the current language with the other language beneath. */
export function FeatureCard() {
  const { t } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const selection = useAppStore((s) => s.selection);
  const select = useAppStore((s) => s.select);
  const sites = useAppStore((s) => s.data.sites.value);
  const waterways = useAppStore((s) => s.data.waterways.value);
  const heading = useRef<HTMLHeadingElement>(null);
  const feature =
    selection?.type === 'site'
      ? sites.find((s) => s.properties.id === selection.id)
      : selection?.type === 'waterway'
        ? waterways.find((w) => w.properties.id === selection.id)
        : undefined;

  useEffect(() => {
    if (feature) heading.current?.focus();
  }, [feature]);

  if (!feature) return null;
  const name = feature.properties.name;
  return (
    <article className="card" aria-labelledby="card-title" data-testid="feature-card">
      <header className="card__head">
        <h2 id="card-title" ref={heading} tabIndex={-1}>
          <NameText text={name[locale]} />
          <span className="card__other" lang={other(locale)}>
            <NameText text={name[other(locale)]} />
          </span>
        </h2>
        <button
          type="button"
          className="btn"
          onClick={() => {
            const id = selection?.id;
            select(null);
            // Back to where the reader was in the list, so "next in the list" is one Tab away.
            requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-site-id="${id}"]`)?.focus());
          }}
        >
          {t('card.close')}
        </button>
      </header>
      {'category' in feature.properties ? (
        <SiteCard site={feature as SiteFeature} />
      ) : (
        <WaterwayCard waterway={feature as WaterwayFeature} />
      )}
    </article>
  );
}
