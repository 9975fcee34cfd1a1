import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { WaterwayCoverage } from '../../../src/domain/coverage/types';
import { createI18n } from '../../../src/i18n';
import { CoverageChart, chartTop } from '../../../src/ui/research/CoverageChart';

/** A waterway whose samples every 100 m have these walking distances. */
const waterway = (distances: number[]): WaterwayCoverage =>
  ({ waterway: 'mae-kha', gaps: [], series: distances.map((distance, i) => ({ part: 0, along: i * 100, distance })) }) as unknown as WaterwayCoverage;

function renderChart(distances: number[], locale: 'th' | 'en' = 'en') {
  return render(
    <I18nextProvider i18n={createI18n(locale)}>
      <CoverageChart waterway={waterway(distances)} name="Mae Kha" threshold={400} maxSnap={300} locale={locale} />
    </I18nextProvider>,
  );
}

const labels = (container: HTMLElement) => [...container.querySelectorAll('svg text')].map((t) => t.textContent);

describe('CoverageChart', () => {
  it('tops its axis at twice to four times the threshold', () => {
    expect(chartTop(400, 250)).toBe(800);
    expect(chartTop(400, 1200)).toBe(1200);
    expect(chartTop(400, 6651)).toBe(1600);
  });

  it('says when farther walks are drawn at the top edge, and marks the top label', () => {
    const { container } = renderChart([100, 300, 6651, 900]);
    expect(screen.getByTestId('chart-notes')).toHaveTextContent('Distances over 1.6 km are drawn at the top edge (the farthest is 6.7 km).');
    expect(labels(container)).toContain('1,600+');
  });

  it('says it in Thai', () => {
    renderChart([100, 6651], 'th');
    expect(screen.getByTestId('chart-notes')).toHaveTextContent('ระยะที่เกิน 1.6 กม. วาดไว้ที่ขอบบนของแผนภูมิ (ไกลสุด 6.7 กม.)');
  });

  it('says nothing of clipping when every walk fits', () => {
    const { container } = renderChart([100, 300, 700]);
    expect(screen.queryByTestId('chart-notes')).toBeNull();
    expect(labels(container).some((l) => l?.endsWith('+'))).toBe(false);
  });

  it('breaks the line where a stretch is not measured, and says why', () => {
    const { container } = renderChart([100, 300, Infinity, 200, 250]);
    expect(container.querySelectorAll('polyline')).toHaveLength(2);
    expect(screen.getByTestId('chart-notes')).toHaveTextContent('Where the line breaks, the waterway is more than 300 m from any street and is not measured.');
  });

  it('writes every label at 12 px, drawn at the chart’s own width (so a phone does not shrink them)', () => {
    const { container } = renderChart([100, 300, 700]);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`);
    for (const t of container.querySelectorAll('svg text')) expect(Number(t.getAttribute('font-size'))).toBeGreaterThanOrEqual(12);
  });
});
