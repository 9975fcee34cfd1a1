import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CANDIDATE_MAX_SNAP, type CoverageRequest } from '../../domain/coverage/session';
import { useAppStore } from '../../store';
import { networkClient } from '../../store/network-client';
import { formatDistance } from '../format';
import { useResearchStrings } from './strings';

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
  const addCandidate = useAppStore((s) => s.addCandidate);
  const suggestions = useAppStore((s) => s.suggestions);
  const setSuggestions = useAppStore((s) => s.setSuggestions);
  const [n, setN] = useState(3);
  const [ran, setRan] = useState(false);
  const m = (v: number) => formatDistance(tm, locale, v);

  const [suggesting, setSuggesting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const suggest = () => {
    setSuggesting(true);
    setFailure(null);
    void networkClient()
      .suggest(request, n)
      .then(
        (found) => {
          setSuggestions(found.map((x) => ({ point: x.point, gain: x.gain })));
          setRan(true);
        },
        (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
      )
      .finally(() => setSuggesting(false));
  };

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
        </>
      )}
      <h4>{t('suggest')}</h4>
      <p className="hint">{t('suggestHow')}</p>
      <div className="cov-suggest">
        <label className="field field--inline">
          <span>{t('suggestCount')}</span>
          <input type="number" min={1} max={10} value={n} onChange={(e) => setN(Math.max(1, Math.min(10, Number(e.target.value) || 1)))} />
        </label>
        <button type="button" className="btn btn--small btn--primary" onClick={suggest} disabled={suggesting} aria-busy={suggesting}>
          {t('suggestRun')}
        </button>
      </div>
      {failure && (
        <p className="walk-problem" role="alert">
          {t('suggestFailed', { reason: failure })}
        </p>
      )}
      {ran && suggestions.length === 0 && <p>{t('suggestNone')}</p>}
      {suggestions.length > 0 && (
        <>
          <ol data-testid="suggestions">
            {suggestions.map((s, i) => (
              <li key={i}>{t('suggestion', { n: i + 1, gain: m(s.gain) })}</li>
            ))}
          </ol>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => {
              suggestions.forEach((s) => addCandidate(s.point));
              setSuggestions([]);
              setRan(false);
            }}
          >
            {t('suggestAdd')}
          </button>
        </>
      )}
    </section>
  );
}
