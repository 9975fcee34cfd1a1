import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THRESHOLD_RANGE } from '../../domain/coverage/compute';
import { CATEGORIES, STATUSES, THEMES, type Category, type Status, type Theme } from '../../domain/schema';
import { PACES } from '../../domain/vocab';
import { useAppStore } from '../../store';
import { formatDistance } from '../format';
import { useResearchStrings } from './strings';

const SPACINGS = [10, 25, 50, 100];
/** Walking paces (km/h) for a threshold given in minutes: the walk planner's, an adult's first. */
const PACE_CHOICES: readonly number[] = [PACES.adult, PACES.children];

/** Threshold (metres, read also as minutes), sample spacing, which sites count, the comparison toggle. */
export function CoverageParamsForm() {
  const { t } = useResearchStrings();
  const { t: tm } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const params = useAppStore((s) => s.coverageParams);
  const set = useAppStore((s) => s.setCoverageParams);
  const setSites = useAppStore((s) => s.setCoverageSites);
  const compare = useAppStore((s) => s.compareStraight);
  const setCompare = useAppStore((s) => s.setCompareStraight);
  const toggle = <T extends string>(list: readonly T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
  const [pace, setPace] = useState(PACES.adult as number);
  const minutes = Math.round((params.threshold / 1000 / pace) * 60);
  const setMinutes = (m: number) => {
    const metres = Math.round((m / 60) * pace * 1000);
    set({ threshold: Math.min(THRESHOLD_RANGE.max, Math.max(THRESHOLD_RANGE.min, metres)) });
  };
  return (
    <section aria-labelledby="cov-params">
      <h3 id="cov-params">{t('params')}</h3>
      <label className="field">
        <span>{t('threshold')}</span>
        <input
          type="range"
          min={THRESHOLD_RANGE.min}
          max={THRESHOLD_RANGE.max}
          step={50}
          value={params.threshold}
          aria-valuetext={t('thresholdValue', { metres: formatDistance(params.threshold, locale), minutes, kmh: pace })}
          onChange={(e) => set({ threshold: Number(e.target.value) })}
        />
        <output data-testid="threshold-value">
          {t('thresholdValue', { metres: formatDistance(params.threshold, locale), minutes, kmh: pace })}
        </output>
      </label>
      <div className="cov-minutes">
        <label className="field field--inline">
          <span>{t('minutes')}</span>
          <input type="number" min={1} max={30} value={minutes} onChange={(e) => setMinutes(Number(e.target.value) || 1)} />
        </label>
        <label className="field field--inline">
          <span>{t('pace')}</span>
          <select value={pace} onChange={(e) => setPace(Number(e.target.value))}>
            {PACE_CHOICES.map((p) => (
              <option key={p} value={p}>
                {t('paceValue', { kmh: p })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{t('spacing')}</span>
        <select value={params.spacing} onChange={(e) => set({ spacing: Number(e.target.value) })}>
          {SPACINGS.map((m) => (
            <option key={m} value={m}>
              {t('spacingValue', { metres: m })}
            </option>
          ))}
        </select>
      </label>
      {/* One rule for built-in and imported sites: the filters apply to both (see selectCountedSites). */}
      <fieldset className="field-group">
        <legend>{t('counted')}</legend>
        <p className="hint">{t('categories')}</p>
        {CATEGORIES.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={params.sites.categories.includes(c)}
              disabled={params.sites.categories.length === 1 && params.sites.categories[0] === c}
              onChange={() => setSites({ categories: toggle<Category>(params.sites.categories, c) })}
            />{' '}
            {tm(`category.${c}_plural`)}
          </label>
        ))}
        <p className="hint">{t('themes')}</p>
        <div className="cov-themes">
          {THEMES.map((th) => (
            <label key={th} className="check">
              <input
                type="checkbox"
                checked={params.sites.themes.includes(th)}
                onChange={() => setSites({ themes: toggle<Theme>(params.sites.themes, th) })}
              />{' '}
              {tm(`theme.${th}`)}
            </label>
          ))}
        </div>
        <p className="hint">{t('statuses')}</p>
        {STATUSES.map((st) => (
          <label key={st} className="check">
            <input
              type="checkbox"
              checked={params.sites.statuses.includes(st)}
              onChange={() => setSites({ statuses: toggle<Status>(params.sites.statuses, st) })}
            />{' '}
            {tm(`status.${st}`)}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={compare} onChange={(e) => setCompare(e.target.checked)} /> {t('compare')}
      </label>
    </section>
  );
}
