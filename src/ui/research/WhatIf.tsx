import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CANDIDATE_MAX_SNAP, SUGGEST_DEFAULT, type CoverageRequest } from '../../domain/coverage/session';
import { DEFAULT_CANDIDATE_SPACING } from '../../domain/coverage/candidates';
import { useAppStore } from '../../store';
import { MAX_WHAT_IF } from '../../store/what-if-url';
import { suggestionLetter } from '../../map/coverage-layers';
import { formatDistance } from '../format';
import { landmarksByLocale, locateSuggestions } from './locate';
import { MarkerSymbol } from './MarkerSymbol';
import { useNames } from './names';
import { useResearchStrings } from './strings';
import { useSuggest } from './use-suggest';
import { suggestionWhere } from './where-text';

/** Place what-if sites on the map (coverage updates at once), or let the greedy search suggest N. */
export function WhatIf({ request }: { request: CoverageRequest }) {
  const { t } = useResearchStrings();
  const { t: tm } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const picking = useAppStore((s) => s.picking);
  const setPicking = useAppStore((s) => s.setPicking);
  const candidates = useAppStore((s) => s.coverage?.candidates ?? []);
  const remove = useAppStore((s) => s.removeCandidate);
  const clear = useAppStore((s) => s.clearCandidates);
  const suggestions = useAppStore((s) => s.suggestions);
  const run = useAppStore((s) => s.suggestRun);
  const suggest = useSuggest(request);
  const adopt = useAppStore((s) => s.adoptSuggestions);
  const coverage = useAppStore((s) => s.coverage?.coverage ?? null);
  const sites = useAppStore((s) => s.data.sites.value);
  const names = useNames();
  // Where each suggestion lies, found as the printed report finds it.
  const landmarks = useMemo(() => landmarksByLocale(sites), [sites]);
  const located = useMemo(() => (coverage ? locateSuggestions(coverage, suggestions, landmarks) : []), [coverage, suggestions, landmarks]);
  const [n, setN] = useState(SUGGEST_DEFAULT);
  const m = (v: number) => formatDistance(v, locale);
  const suggesting = run.status === 'running';

  return (
    <section aria-labelledby="cov-whatif">
      <h3 id="cov-whatif">{t('whatIf')}</h3>
      <button
        type="button"
        className="btn btn--small"
        aria-pressed={picking === 'candidate'}
        onClick={() => setPicking(picking === 'candidate' ? null : 'candidate')}
      >
        {picking === 'candidate' ? t('placeStop') : t('placeStart')}
      </button>
      <p className="hint" aria-live="polite">
        {picking === 'candidate' ? t('placing') : ''}
      </p>
      {candidates.length > 0 && (
        <>
          <ol className="cov-candidates" data-testid="what-if-list">
            {candidates.map((c, i) => (
              <li key={c.id}>
                {'reason' in c.place
                  ? t('candidateOff', {
                      n: i + 1,
                      distance: c.place.reason === 'too-far' ? m(c.place.distance) : '?',
                      limit: m(CANDIDATE_MAX_SNAP),
                    })
                  : t('candidate', { n: i + 1 })}{' '}
                <button type="button" className="icon-btn" aria-label={t('removeCandidate', { n: i + 1 })} onClick={() => remove(c.id)}>
                  ×
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="btn btn--small" onClick={clear}>
            {t('clearCandidates')}
          </button>
          <p className="hint">{t('whatIfNote')}</p>
          {candidates.length >= MAX_WHAT_IF && (
            <p className="hint" role="status">
              {t('whatIfMax', { max: MAX_WHAT_IF })}
            </p>
          )}
        </>
      )}
      <h4>{t('suggest')}</h4>
      <p className="hint">{t('suggestHow', { spacing: m(DEFAULT_CANDIDATE_SPACING) })}</p>
      <div className="cov-suggest">
        <label className="field field--inline">
          <span>{t('suggestCount')}</span>
          <input type="number" min={1} max={10} value={n} onChange={(e) => setN(Math.max(1, Math.min(10, Number(e.target.value) || 1)))} />
        </label>
        <button type="button" className="btn btn--small btn--primary" onClick={() => void suggest(n)} disabled={suggesting} aria-busy={suggesting}>
          {t('suggestRun')}
        </button>
      </div>
      {run.status === 'failed' && (
        <p className="walk-problem" role="alert">
          {t('suggestFailed', { reason: run.error })}
        </p>
      )}
      {run.status === 'done' && suggestions.length === 0 && <p>{t('suggestNone')}</p>}
      {suggestions.length > 0 && (
        <>
          <ol className="cov-suggestions" data-testid="suggestions">
            {located.map((s) => (
              <li key={s.n}>
                <MarkerSymbol kind="suggestion" label={suggestionLetter(s.n)} size={32} />
                <span>
                  {t('suggestion', {
                    n: suggestionLetter(s.n),
                    gain: m(s.gain),
                    where: suggestionWhere({ l: locale, tc: tm }, names.waterway, s, false),
                  })}
                </span>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="btn btn--small"
            onClick={adopt}
          >
            {t('suggestAdd')}
          </button>
        </>
      )}
    </section>
  );
}
