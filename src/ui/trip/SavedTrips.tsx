import { sayKey } from '../../i18n/t';
import { useState } from 'react';
import { formatDate } from '../format-date';
import type { Locale } from '../../domain/schema';
import { deleteTrip, duplicateTrip, freshId, listTrips, putTrip, renameTrip, type TripStore } from '../../domain/trip/storage';
import { exportTrips, importTrips } from '../../domain/trip/transfer';
import { useAppStore } from '../../store';
import type { TripDraft } from '../../store/trip-slice';
import { downloadText } from '../download';
import { localKey, useTripStrings } from './strings';
import { useSavedTrips, type CommitResult } from './use-saved-trips';
import { StoredBackups, LockedStore } from './StoreProblems';
import type { SavedTrip } from '../../domain/trip/trip';

/** The largest trip file read (a trip is about 1 kB: room for hundreds). */
export const MAX_IMPORT_BYTES = 1_000_000;

const dateText = (locale: Locale, iso: string) => formatDate(locale, iso, 'medium');

/** Save the trip; list, open, rename, duplicate and delete saved trips; export and import them as JSON. */
export function SavedTrips({ draft }: { draft: TripDraft }) {
  const { t } = useTripStrings();
  const locale = useAppStore((s) => s.locale);
  const setTrip = useAppStore((s) => s.setTrip);
  const renameDraft = useAppStore((s) => s.renameDraft);
  const { saved, commit, locked, afresh } = useSavedTrips();
  // A message, and what the reader can do about it (a trip that could not be saved can be downloaded).
  const [message, setMessage] = useState<{ text: string; problem?: boolean; offer?: { label: string; run: () => void } } | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const trips = listTrips(saved);

  /** What a refused write says, with the trips it concerned offered as a file. */
  const notSaved = (done: Extract<CommitResult, { ok: false }>, keep: readonly SavedTrip[]) =>
    setMessage({
      text: done.reason === 'locked' ? t('saved.locked') : done.reason === 'changed' ? t('saved.changedElsewhere') : t('saved.notSaved', { reason: t(`saved.writeCause.${done.cause ?? 'other'}`, { detail: done.detail }) }),
      problem: true,
      offer: keep.length
        ? { label: t('saved.downloadInstead', { count: keep.length }), run: () => downloadText(exportTrips(keep), 'mae-kha-trips.json', 'application/json') }
        : undefined,
    });

  /** Writes a change; says `text` only once it is written. */
  const apply = (out: { ok: true; state: TripStore } | { ok: false }, text: string, keep: readonly SavedTrip[] = []): boolean => {
    if (!out.ok) {
      setMessage({ text: t('saved.invalidName'), problem: true });
      return false;
    }
    const done = commit(out.state);
    if (!done.ok) {
      notSaved(done, keep);
      return false;
    }
    setMessage({ text });
    return true;
  };

  const save = () => {
    const now = new Date().toISOString();
    const existing = saved.trips.find((x) => x.id === draft.savedId);
    const id = existing ? existing.id : freshId(saved);
    const name = draft.name.trim() || t('defaultName');
    const trip = { id, name, createdAt: existing?.createdAt ?? now, updatedAt: now, brief: draft.brief, stops: draft.stops };
    if (apply(putTrip(saved, trip), t('saved.savedAs', { name }), [trip])) setTrip({ ...draft, name, savedId: id });
  };

  /** Adds the trips of a file (or of a kept backup) to the list; the list is unchanged by a bad one. */
  const importText = (text: string) => {
    const out = importTrips(saved, text);
    if (!out.ok) {
      console.warn('[trip] import failed:', out.problem.detail);
      return setMessage({ text: t('saved.importFailed', { problem: sayKey(t, importKey(out.problem.key)) }), problem: true });
    }
    const repeated = out.dropped.filter((d) => d.key === 'trip.store.duplicateId').length;
    const damaged = out.dropped.length - repeated;
    const parts = [
      t('saved.imported', { count: out.added.length }),
      ...(damaged ? [t('saved.importDamaged', { count: damaged })] : []),
      ...(repeated ? [t('saved.importRepeated', { count: repeated })] : []),
    ];
    apply(out, parts.join(' '), out.state.trips.filter((x) => out.added.includes(x.id)));
  };

  const importFile = async (file: File) => {
    if (file.size === 0) return setMessage({ text: t('saved.importFailed', { problem: t('import.empty') }), problem: true });
    if (file.size > MAX_IMPORT_BYTES) {
      return setMessage({ text: t('saved.importFailed', { problem: t('import.tooLarge', { size: Math.ceil(file.size / 1000), max: MAX_IMPORT_BYTES / 1000 }) }), problem: true });
    }
    importText(await file.text());
  };

  return (
    <section className="trip-saved" aria-labelledby="trip-saved-title">
      <h3 id="trip-saved-title">{t('saved.heading')}</h3>
      <div className="trip-row trip-row--end">
        <div className="trip-field trip-field--grow">
          <label htmlFor="trip-name">{t('saved.name')}</label>
          <input id="trip-name" type="text" maxLength={120} value={draft.name} onChange={(e) => renameDraft(e.target.value)} />
        </div>
        <button type="button" className="btn btn--primary" onClick={save}>
          {t('saved.save')}
        </button>
      </div>
      {locked && <LockedStore raw={locked.raw} afresh={afresh} />}
      <p className={message?.problem ? 'trip-error' : 'hint'} role="status" data-testid="trip-saved-status">
        {message?.text ?? ''}
      </p>
      {message?.offer && (
        <button type="button" className="btn btn--small" onClick={message.offer.run}>
          {message.offer.label}
        </button>
      )}
      {trips.length === 0 ? (
        <p className="hint">{t('saved.empty')}</p>
      ) : (
        <ul className="trip-saved__list" data-testid="trip-saved-list">
          {trips.map((x) => (
            <li key={x.id} className="trip-saved__item" data-trip-id={x.id}>
              {renaming?.id === x.id ? (
                <form
                  className="trip-row trip-row--end"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const renamed = apply(renameTrip(saved, x.id, renaming.name), t('saved.savedAs', { name: renaming.name.trim() }));
                    if (renamed && draft.savedId === x.id) renameDraft(renaming.name.trim());
                    setRenaming(null);
                  }}
                >
                  <div className="trip-field trip-field--grow">
                    <label htmlFor={`rename-${x.id}`}>{t('saved.newName', { name: x.name })}</label>
                    <input id={`rename-${x.id}`} type="text" maxLength={120} value={renaming.name} autoFocus onChange={(e) => setRenaming({ id: x.id, name: e.target.value })} />
                  </div>
                  <button type="submit" className="btn btn--small">
                    {t('saved.confirmRename')}
                  </button>
                  <button type="button" className="btn btn--small" onClick={() => setRenaming(null)}>
                    {t('saved.cancel')}
                  </button>
                </form>
              ) : (
                <>
                  <span className="trip-saved__name">{x.name}</span>
                  <span className="hint">{t('saved.meta', { date: dateText(locale, x.date), count: x.stopCount })}</span>
                  <span className="trip-saved__tools">
                    <button
                      type="button"
                      className="btn btn--small"
                      aria-label={t('saved.open', { name: x.name })}
                      onClick={() => {
                        const trip = saved.trips.find((s) => s.id === x.id)!;
                        setTrip({ name: trip.name, brief: trip.brief, stops: trip.stops, removed: [], savedId: trip.id }, null);
                        setMessage({ text: t('saved.opened', { name: trip.name }) });
                      }}
                    >
                      {t('saved.open', { name: '' }).trim()}
                    </button>
                    <button type="button" className="btn btn--small" aria-label={t('saved.rename', { name: x.name })} onClick={() => setRenaming({ id: x.id, name: x.name })}>
                      {t('saved.rename', { name: '' }).trim()}
                    </button>
                    <button
                      type="button"
                      className="btn btn--small"
                      aria-label={t('saved.duplicate', { name: x.name })}
                      onClick={() => {
                        const out = duplicateTrip(saved, x.id);
                        apply(out, t('saved.savedAs', { name: out.ok ? out.state.trips.find((s) => s.id === out.id)?.name : x.name }));
                      }}
                    >
                      {t('saved.duplicate', { name: '' }).trim()}
                    </button>
                    {deleting === x.id ? (
                      <>
                        <button
                          type="button"
                          className="btn btn--small btn--danger"
                          onClick={() => {
                            const gone = apply(deleteTrip(saved, x.id), t('saved.deleted', { name: x.name }));
                            setDeleting(null);
                            if (gone && draft.savedId === x.id) setTrip({ ...draft, savedId: null });
                          }}
                        >
                          {t('saved.confirmDelete', { name: x.name })}
                        </button>
                        <button type="button" className="btn btn--small" onClick={() => setDeleting(null)}>
                          {t('saved.cancel')}
                        </button>
                      </>
                    ) : (
                      <button type="button" className="btn btn--small" aria-label={t('saved.delete', { name: x.name })} onClick={() => setDeleting(x.id)}>
                        {t('saved.delete', { name: '' }).trim()}
                      </button>
                    )}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="trip-row">
        <button
          type="button"
          className="btn btn--small"
          disabled={saved.trips.length === 0}
          onClick={() => downloadText(exportTrips(saved.trips), 'mae-kha-trips.json', 'application/json')}
        >
          {t('saved.export')}
        </button>
        <div className="trip-field">
          <label htmlFor="trip-import">{t('saved.import', { max: MAX_IMPORT_BYTES / 1_000_000 })}</label>
          <input
            id="trip-import"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
      </div>
      <StoredBackups restore={importText} />
    </section>
  );
}

/** A stored-trips problem said the way an import says it (not "a backup was kept" when none was). */
const importKey = (key: string) =>
  ({ 'trip.store.notJson': 'import.notJson', 'trip.store.notEnvelope': 'import.notTripFile', 'trip.store.unsupportedVersion': 'import.unsupportedVersion' })[key] ?? localKey(key);
