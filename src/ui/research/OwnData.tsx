import { sayKey } from '../../i18n/t';
import { useState } from 'react';
import type { ImportError, ImportIssue } from '../../domain/import';
import { useAppStore, useAppStoreApi } from '../../store';
import { formatDistance } from '../format';
import { useResearchStrings } from './strings';
import { formatNumber, formatPercent } from '../../i18n';
import { applyOwnImport, dropOwnImport, readOwnFile } from './import-actions';
import type { Locale } from '../../domain/schema';

const nf = (locale: Locale, v: unknown) => (typeof v === 'number' ? formatNumber(locale, v, 5) : String(v));

/**
 * The researcher's own sites (CSV or GeoJSON points) or walking network (GeoJSON lines): read,
 * checked row by row, previewed, then applied; the built-in data is always one click away.
 */
export function OwnData() {
  const { t } = useResearchStrings();
  const locale = useAppStore((s) => s.locale);
  const store = useAppStoreApi();
  const ownSites = useAppStore((s) => s.ownSites);
  const ownNetwork = useAppStore((s) => s.ownNetwork);
  const setOwnSites = useAppStore((s) => s.setOwnSites);
  const setOwnNetwork = useAppStore((s) => s.setOwnNetwork);
  const reading = useAppStore((s) => s.ownImport);
  const pending = reading?.pending;
  const [mode, setMode] = useState<'replace' | 'extend'>('extend');

  const say = (e: ImportError | ImportIssue) => {
    const values = Object.fromEntries(Object.entries(e.values ?? {}).map(([k, v]) => [k, nf(locale, v)]));
    const where =
      'line' in e && e.line !== undefined
        ? `${t('import.issue.atLine', { line: e.line })}: `
        : 'feature' in e && e.feature !== undefined
          ? `${t('import.issue.atFeature', { number: e.feature + 1 })}: `
          : '';
    return where + sayKey(t, e.key, values);
  };

  const read = (file: File, what: 'sites' | 'network') => void readOwnFile(store, file, what);

  return (
    <section aria-labelledby="cov-own">
      <h3 id="cov-own">{t('own.title')}</h3>
      <p className="hint">{t('own.help')}</p>
      <div className="own-data__inputs">
        <label className="field">
          <span>{t('own.sites')}</span>
          <input type="file" accept=".csv,.tsv,.txt,.geojson,.json" onChange={(e) => e.target.files?.[0] && read(e.target.files[0], 'sites')} />
        </label>
        <label className="field">
          <span>{t('own.network')}</span>
          <input type="file" accept=".geojson,.json" onChange={(e) => e.target.files?.[0] && read(e.target.files[0], 'network')} />
        </label>
      </div>
      {reading?.progress !== undefined && (
        <p className="own-data__progress" data-testid="import-progress">
          <label>
            {t('own.reading', { file: reading.filename })}{' '}
            <progress max={1} value={reading.progress} /> {formatPercent(locale, Math.floor(reading.progress * 100))}
          </label>
        </p>
      )}
      {reading?.error && (
        <p className="walk-problem" role="alert" data-testid="import-error">
          {say(reading.error)}
        </p>
      )}
      {pending && (
        <div className="own-data__preview" data-testid="import-preview" role="region" aria-label={t('own.preview')}>
          <h4>{t('own.preview')}: {pending.filename}</h4>
          {pending.encoding === 'windows-874' && (
            <p className="walk-problem" data-testid="import-encoding">
              {t('own.windows874')}
            </p>
          )}
          <p>
            {t('own.kept', { count: pending.preview.kept })} · {t('own.skipped', { count: pending.preview.skipped })}
            {pending.what === 'network' && ` · ${formatDistance(pending.preview.length, locale)}`}
          </p>
          {pending.what === 'sites' && pending.preview.sample.length > 0 && (
            <ul>
              {pending.preview.sample.map((s) => (
                <li key={s.id}>
                  {s.name[locale]} ({nf(locale, s.point[1])}, {nf(locale, s.point[0])})
                </li>
              ))}
            </ul>
          )}
          {[...pending.preview.skippedList, ...pending.preview.warningList].length > 0 && (
            <ul className="issues" data-testid="import-issues">
              {[...pending.preview.skippedList, ...pending.preview.warningList].slice(0, 50).map((i, n) => (
                <li key={n}>
                  {say(i)} {i.effect === 'skipped' ? `(${t('own.rowSkipped')})` : ''}
                </li>
              ))}
            </ul>
          )}
          {pending.what === 'network' && mode === 'extend' && pending.joins && (
            <p className={pending.joins.joined < pending.joins.parts ? 'walk-problem' : 'hint'} data-testid="import-joins">
              {pending.joins.joined === 0
                ? t('own.apartAll', { length: formatDistance(pending.joins.apart, locale) })
                : `${t('own.joins', { joined: pending.joins.joined, count: pending.joins.parts })} ${
                    pending.joins.joined < pending.joins.parts
                      ? t('own.apart', { count: pending.joins.parts - pending.joins.joined, length: formatDistance(pending.joins.apart, locale) })
                      : ''
                  }`}
            </p>
          )}
          <fieldset className="field-group">
            <legend>{t('own.modeLabel')}</legend>
            {(['extend', 'replace'] as const).map((m) => (
              <label key={m} className="check">
                <input type="radio" name="own-mode" checked={mode === m} onChange={() => setMode(m)} /> {t(`own.mode.${pending.what}.${m}`)}
              </label>
            ))}
          </fieldset>
          <button type="button" className="btn btn--small btn--primary" disabled={!pending.preview.canApply} onClick={() => applyOwnImport(store, mode)}>
            {t('own.apply')}
          </button>{' '}
          <button type="button" className="btn btn--small" onClick={() => dropOwnImport(store)}>
            {t('own.cancel')}
          </button>
        </div>
      )}
      {ownSites && (
        <p data-testid="own-sites">
          {t('own.usingSites', { count: ownSites.sites.length, file: ownSites.filename, mode: t(`own.mode.sites.${ownSites.mode}`) })}{' '}
          <button type="button" className="btn btn--small" onClick={() => setOwnSites(null)}>
            {t('own.backSites')}
          </button>
        </p>
      )}
      {ownNetwork && (
        <p data-testid="own-network">
          {t('own.usingNetwork', { file: ownNetwork.filename, mode: t(`own.mode.network.${ownNetwork.mode}`) })}{' '}
          <button type="button" className="btn btn--small" onClick={() => setOwnNetwork(null)}>
            {t('own.backNetwork')}
          </button>
        </p>
      )}
    </section>
  );
}
