import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { WaterwayCoverage } from '../../domain/coverage/types';
import { COVERAGE_COLOURS } from '../../map/coverage-layers';
import { formatNumber } from '../../i18n';
import type { Locale } from '../../domain/schema';
import { formatDistance } from '../format';
import { useResearchStrings } from './strings';

const H = 220;
const PAD = { l: 50, r: 16, t: 12, b: 44 };
/** Text in CSS pixels: the chart is drawn at its own width, so labels never shrink on a phone. */
const FONT = 12;
const INK = '#34444f';
const LIMIT = '#b3261e';

/** The width the chart is given, followed as the panel resizes (a fixed guess where nothing measures). */
function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // Not laid out (hidden, or no layout at all): keep the last width.
    const measure = () => el.clientWidth > 0 && setWidth(Math.max(240, Math.round(el.clientWidth)));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return width;
}

/**
 * The top of the distance axis: twice the threshold at least, the farthest walk at most four
 * times it, so the threshold stays readable; farther walks are drawn at the top edge, and say so.
 * @example chartTop(400, 6651) // 1600
 */
export function chartTop(threshold: number, farthest: number): number {
  return Math.max(threshold * 2, Math.min(farthest, threshold * 4));
}

/** Kilometre ticks at a round step, as many as fit (a label every ~64 px). */
function alongTicks(maxAlong: number, plotWidth: number): number[] {
  const fit = Math.max(2, Math.floor(plotWidth / 64));
  const step = [100, 200, 500, 1000, 2000, 5000, 10000].find((s) => maxAlong / s <= fit) ?? 20000;
  return Array.from({ length: Math.floor(maxAlong / step) + 1 }, (_, i) => i * step);
}

/**
 * Walking distance to the nearest site against distance along the waterway, with the threshold as
 * a dashed line. The gap list below it says the same in words (the chart's text alternative).
 */
export function CoverageChart({
  waterway,
  name,
  threshold,
  maxSnap,
  locale,
}: {
  waterway: WaterwayCoverage;
  name: string;
  threshold: number;
  maxSnap: number;
  locale: Locale;
}) {
  const { t } = useResearchStrings();
  const { t: tm } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const W = useWidth(box, 340);
  const series = waterway.series;
  const maxAlong = Math.max(1, ...series.map((p) => p.along));
  const finite = series.map((p) => p.distance).filter(Number.isFinite);
  const farthest = Math.max(0, ...finite);
  const top = chartTop(threshold, farthest);
  const clipped = farthest > top;
  const unmeasured = finite.length < series.length;
  const x = (a: number) => PAD.l + (a / maxAlong) * (W - PAD.l - PAD.r);
  const y = (d: number) => PAD.t + (1 - Math.min(d, top) / top) * (H - PAD.t - PAD.b);
  // One line per run of measured samples on one line part: an unmeasured sample breaks the line.
  const runs: string[][] = [];
  let run: string[] | null = null;
  let part = NaN;
  for (const p of series) {
    if (!Number.isFinite(p.distance) || p.part !== part) run = null;
    part = p.part;
    if (!Number.isFinite(p.distance)) continue;
    if (!run) runs.push((run = []));
    run.push(`${x(p.along).toFixed(1)},${y(p.distance).toFixed(1)}`);
  }
  const km = (m: number) => formatDistance(m, locale);
  const text = { fontSize: FONT, fill: INK } as const;
  return (
    <figure className="cov-chart" ref={box}>
      <figcaption>{t('chart', { name })}</figcaption>
      <p className="hint">{t('chartDistance')}</p>
      <svg
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('chartLabel', { name, gaps: waterway.gaps.length, threshold: tm('units.m', { value: threshold }) })}
        data-testid="coverage-chart"
      >
        <rect x={PAD.l} y={PAD.t} width={W - PAD.l - PAD.r} height={y(threshold) - PAD.t} fill={COVERAGE_COLOURS.outside} opacity="0.14" />
        {clipped && <line x1={PAD.l} x2={W - PAD.r} y1={PAD.t} y2={PAD.t} stroke={INK} strokeDasharray="2 3" />}
        {runs.map((pts, i) => (
          <polyline key={i} points={pts.join(' ')} fill="none" stroke={COVERAGE_COLOURS.near} strokeWidth="2" strokeLinejoin="round" />
        ))}
        <line x1={PAD.l} x2={W - PAD.r} y1={y(threshold)} y2={y(threshold)} stroke={LIMIT} strokeDasharray="5 3" strokeWidth="1.5" />
        <text x={W - PAD.r} y={y(threshold) - 5} textAnchor="end" fontSize={FONT} fill={LIMIT}>
          {tm('units.m', { value: formatNumber(locale, threshold, 0) })}
        </text>
        <line x1={PAD.l} x2={PAD.l} y1={PAD.t} y2={H - PAD.b} stroke="#5b6b75" />
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} stroke="#5b6b75" />
        {alongTicks(maxAlong, W - PAD.l - PAD.r).map((a) => (
          <text key={a} {...text} x={x(a)} y={H - PAD.b + 16} textAnchor="middle">
            {formatNumber(locale, a / 1000, 1)}
          </text>
        ))}
        {[0, top / 2, top].map((d) => (
          <text key={d} {...text} x={PAD.l - 5} y={y(d) + 4} textAnchor="end">
            {formatNumber(locale, Math.round(d), 0)}
            {d === top && clipped ? '+' : ''}
          </text>
        ))}
        <text {...text} x={(W + PAD.l) / 2} y={H - 6} textAnchor="middle">
          {t('chartAlong')}
        </text>
      </svg>
      {(clipped || unmeasured) && (
        <p className="hint" data-testid="chart-notes">
          {clipped && t('chartClipped', { top: km(top), max: km(farthest) })} {unmeasured && t('chartBreaks', { limit: km(maxSnap) })}
        </p>
      )}
    </figure>
  );
}
