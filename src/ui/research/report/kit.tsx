/**
 * The report's writing tools: its languages (one, or Thai and English side by side), the layouts
 * that repeat a block per language, and the formats of its figures. One kit per printed report.
 */
import type { ReactNode } from 'react';
import type { TCommonResearch, TReport } from '../../../i18n/t';
import type { NamedPlace } from '../../../domain/coverage/report';
import type { Locale, WaterwayFeature } from '../../../domain/schema';
import type { LngLat } from '../../../domain/types';
import { formatNumber, formatPercent } from '../../../i18n';
import { formatDistance } from '../../format';
import { nearOnlyText, placeText, stretchText } from '../where-text';

/** One of the report's languages: `t` reads the report's strings, `tc` the app's. */
export type Lang = { l: Locale; t: TReport; tc: TCommonResearch };

export type Kit = ReturnType<typeof makeKit>;

/**
 * @example const kit = makeKit([{ l: 'en', t, tc }], waterways); kit.metres(kit.langs[0], 425) // '425 m'
 */
export function makeKit(langs: readonly Lang[], waterways: readonly WaterwayFeature[]) {
  return {
    langs,
    /** A block written once per language, side by side when there are two. */
    cols: (render: (x: Lang) => ReactNode, className = '') => (
      <div className={`report__cols ${className}`}>
        {langs.map((x) => (
          <div key={x.l} lang={x.l} className="report__col">
            {render(x)}
          </div>
        ))}
      </div>
    ),
    /** One text in each language within one cell: joined by " / ", or one per line. */
    each: (render: (x: Lang) => ReactNode, lines = false) =>
      langs.map((x, i) => (
        <span key={x.l} lang={x.l} className={lines ? 'report__line' : undefined}>
          {i > 0 && !lines ? ' / ' : ''}
          {render(x)}
        </span>
      )),
    /** A measured length, as the panel shows it. */
    km: (x: Lang, m: number) => formatDistance(m, x.l),
    /** A setting (threshold, spacing, limit) to the metre: the panel's rounding would print 425 m as 430 m. */
    metres: (x: Lang, m: number) => x.tc('units.m', { value: formatNumber(x.l, m, 0) }),
    /** A stretch along a waterway: its two ends (never the same) and its length, as the panel writes it. */
    stretch: (x: Lang, from: number, to: number, length: number) => stretchText(x, from, to, length),
    percent: (x: Lang, p: number) => formatPercent(x.l, p),
    count: (x: Lang, n: number) => formatNumber(x.l, n, 0),
    lat: (p: LngLat) => p[1].toFixed(5),
    lon: (p: LngLat) => p[0].toFixed(5),
    waterway: (x: Lang, id: string) => waterways.find((w) => w.properties.id === id)?.properties.name[x.l] ?? id,
    /** The named place nearest a point, with its distance; without one, the point's coordinates. */
    place: (x: Lang, p: NamedPlace | null, at: LngLat) => placeText(x, p, at),
    /** The named place nearest a point whose coordinates are already given; without one, that none is near. */
    nearOnly: (x: Lang, p: NamedPlace | null) => nearOnlyText(x, p),
  };
}
