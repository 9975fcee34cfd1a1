import type { WaterwayCoverage } from '../../domain/coverage/types';
import { COVERAGE_COLOURS } from '../../map/coverage-layers';
import { useResearchStrings } from './strings';
import { formatNumber } from '../../i18n';
import type { Locale } from '../../domain/schema';

const W = 320;
const H = 150;
const PAD = { l: 40, r: 8, t: 8, b: 28 };

/**
 * Walking distance to the nearest site against distance along the waterway, with the threshold as
 * a dashed line. The gap list below it says the same in words (the chart's text alternative).
 */
export function CoverageChart({ waterway, name, threshold, locale }: { waterway: WaterwayCoverage; name: string; threshold: number; locale: Locale }) {
  const { t } = useResearchStrings();
  const series = waterway.series;
  const maxAlong = Math.max(1, ...series.map((p) => p.along));
  const finite = series.map((p) => p.distance).filter(Number.isFinite);
  const top = Math.max(threshold * 2, ...finite.map((d) => Math.min(d, threshold * 4)));
  const x = (a: number) => PAD.l + (a / maxAlong) * (W - PAD.l - PAD.r);
  const y = (d: number) => PAD.t + (1 - Math.min(d, top) / top) * (H - PAD.t - PAD.b);
  const parts = new Map<number, string[]>();
  for (const p of series) {
    if (!Number.isFinite(p.distance)) continue;
    const pts = parts.get(p.part) ?? [];
    pts.push(`${x(p.along).toFixed(1)},${y(p.distance).toFixed(1)}`);
    parts.set(p.part, pts);
  }
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * maxAlong);
  return (
    <figure className="cov-chart">
      <figcaption>{t('chart', { name })}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('chartLabel', { name, gaps: waterway.gaps.length, threshold: t('units.m', { value: threshold }) })}
        data-testid="coverage-chart"
      >
        <rect x={PAD.l} y={PAD.t} width={W - PAD.l - PAD.r} height={y(threshold) - PAD.t} fill="#fdae61" opacity="0.12" />
        {[...parts.values()].map((pts, i) => (
          <polyline key={i} points={pts.join(' ')} fill="none" stroke={COVERAGE_COLOURS.near} strokeWidth="1.6" />
        ))}
        <line x1={PAD.l} x2={W - PAD.r} y1={y(threshold)} y2={y(threshold)} stroke="#b3261e" strokeDasharray="4 3" strokeWidth="1.2" />
        <text x={W - PAD.r} y={y(threshold) - 3} textAnchor="end" fontSize="9" fill="#b3261e">
          {formatNumber(locale, threshold)} m
        </text>
        <line x1={PAD.l} x2={PAD.l} y1={PAD.t} y2={H - PAD.b} stroke="#5b6b75" />
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} stroke="#5b6b75" />
        {ticks.map((a) => (
          <text key={a} x={x(a)} y={H - PAD.b + 11} fontSize="9" textAnchor="middle" fill="#34444f">
            {formatNumber(locale, a / 1000)}
          </text>
        ))}
        {[0, top / 2, top].map((d) => (
          <text key={d} x={PAD.l - 3} y={y(d) + 3} fontSize="9" textAnchor="end" fill="#34444f">
            {formatNumber(locale, Math.round(d))}
          </text>
        ))}
        <text x={(W + PAD.l) / 2} y={H - 3} fontSize="9" textAnchor="middle" fill="#34444f">
          {t('chartAlong')}
        </text>
      </svg>
      <p className="hint">{t('chartDistance')}</p>
    </figure>
  );
}
