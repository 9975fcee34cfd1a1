import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checkSize, importNetworkGeojson, importSitesCsv, importSitesGeojson, previewNetwork, previewSites,
  type ImportError, type ImportIssue, type NetworkImported, type NetworkPreview, type SitesImported, type SitesPreview,
} from '../../domain/import';
import { useAppStore, useAppStoreApi } from '../../store';
import type { ImportedFile } from '../../store/research-slice';
import { sha256Hex } from '../../domain/coverage/run-record';
import { decodeText, type Decoded } from '../../domain/import/encoding';
import { networkJoins, type Joins } from '../../domain/import/joins';
import { selectNetwork } from '../../store/walk-selectors';
import { formatDistance } from '../format';
import { useResearchStrings } from './strings';
import { formatNumber } from '../../i18n';
import type { Locale } from '../../domain/schema';

type Pending = { filename: string; file: ImportedFile; encoding: Decoded['encoding'] } & (
  | { what: 'sites'; result: SitesImported; preview: SitesPreview }
  /** `joins`: how the lines would meet the built-in paths (null while those have not loaded). */
  | { what: 'network'; result: NetworkImported; preview: NetworkPreview; joins: Joins | null }
);

const refusedOf = (issues: readonly ImportIssue[]) => issues.filter((i) => i.effect === 'skipped').length;

const nf = (locale: Locale, v: unknown) => (typeof v === 'number' ? formatNumber(locale, v, 5) : String(v));

/**
 * The researcher's own sites (CSV or GeoJSON points) or walking network (GeoJSON lines): read,
 * checked row by row, previewed, then applied; the built-in data is always one click away.
 */
export function OwnData() {
  const { t } = useResearchStrings();
  const { t: tm } = useTranslation();
  const locale = useAppStore((s) => s.locale);
  const store = useAppStoreApi();
  const builtInIds = useAppStore((s) => s.data.sites.value);
  const ownSites = useAppStore((s) => s.ownSites);
  const ownNetwork = useAppStore((s) => s.ownNetwork);
  const setOwnSites = useAppStore((s) => s.setOwnSites);
  const setOwnNetwork = useAppStore((s) => s.setOwnNetwork);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<'replace' | 'extend'>('extend');

  const say = (e: ImportError | ImportIssue) => {
    const values = Object.fromEntries(Object.entries(e.values ?? {}).map(([k, v]) => [k, nf(locale, v)]));
    const where =
      'line' in e && e.line !== undefined
        ? `${t('import.issue.atLine', { line: e.line })}: `
        : 'feature' in e && e.feature !== undefined
          ? `${t('import.issue.atFeature', { number: e.feature + 1 })}: `
          : '';
    return where + t(e.key, values);
  };

  const read = async (file: File, what: 'sites' | 'network') => {
    setPending(null);
    setError(null);
    const size = checkSize(file.size);
    if (!size.ok) return setError(say(size.error));
    // The bytes once: decoded for the importer, hashed for the run record.
    const bytes = await file.arrayBuffer();
    const { text, encoding } = decodeText(bytes);
    const sha256 = await sha256Hex(bytes);
    if (what === 'network') {
      const result = importNetworkGeojson(text);
      if (!result.ok) return setError(say(result.error));
      const record = { bytes: file.size, sha256, used: result.counts.kept, refused: result.counts.skipped };
      const builtIn = selectNetwork(store.getState())?.graph;
      const joins = builtIn ? networkJoins(result.network, builtIn) : null;
      setPending({ what, filename: file.name, result, preview: previewNetwork(result), file: record, encoding, joins });
      return;
    }
    const options = { filename: file.name, reservedIds: builtInIds.map((s) => s.properties.id) };
    const result = /\.(geo)?json$/i.test(file.name) ? importSitesGeojson(text, options) : importSitesCsv(text, options);
    if (!result.ok) return setError(say(result.error));
    const record = { bytes: file.size, sha256, used: result.sites.length, refused: refusedOf(result.issues) };
    setPending({ what, filename: file.name, result, preview: previewSites(result), file: record, encoding });
  };

  const apply = () => {
    if (!pending) return;
    if (pending.what === 'sites') setOwnSites({ filename: pending.filename, sites: pending.result.sites, mode, file: pending.file });
    else setOwnNetwork({ filename: pending.filename, network: pending.result.network, mode, file: pending.file });
    setPending(null);
  };

  return (
    <section aria-labelledby="cov-own">
      <h3 id="cov-own">{t('own.title')}</h3>
      <p className="hint">{t('own.help')}</p>
      <div className="own-data__inputs">
        <label className="field">
          <span>{t('own.sites')}</span>
          <input type="file" accept=".csv,.tsv,.txt,.geojson,.json" onChange={(e) => e.target.files?.[0] && void read(e.target.files[0], 'sites')} />
        </label>
        <label className="field">
          <span>{t('own.network')}</span>
          <input type="file" accept=".geojson,.json" onChange={(e) => e.target.files?.[0] && void read(e.target.files[0], 'network')} />
        </label>
      </div>
      {error && (
        <p className="walk-problem" role="alert" data-testid="import-error">
          {error}
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
            {pending.what === 'network' && ` · ${formatDistance(tm, locale, pending.preview.length)}`}
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
                ? t('own.apartAll', { length: formatDistance(tm, locale, pending.joins.apart) })
                : `${t('own.joins', { joined: pending.joins.joined, count: pending.joins.parts })} ${
                    pending.joins.joined < pending.joins.parts
                      ? t('own.apart', { count: pending.joins.parts - pending.joins.joined, length: formatDistance(tm, locale, pending.joins.apart) })
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
          <button type="button" className="btn btn--small btn--primary" disabled={!pending.preview.canApply} onClick={apply}>
            {t('own.apply')}
          </button>{' '}
          <button type="button" className="btn btn--small" onClick={() => setPending(null)}>
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
