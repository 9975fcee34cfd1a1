import { useState } from 'react';
import { formatDate } from '../format-date';
import type { Locale } from '../../domain/schema';
import { deleteTrip, duplicateTrip, freshId, listTrips, putTrip, renameTrip, type TripStore } from '../../domain/trip/storage';
import { exportTrips, importTrips } from '../../domain/trip/transfer';
import { useAppStore } from '../../store';
import type { TripDraft } from '../../store/trip-slice';
import { downloadText } from '../download';
import { localKey, useTripStrings } from './strings';
import { useSavedTrips } from './use-saved-trips';

const dateText = (locale: Locale, iso: string) => formatDate(locale, iso, 'medium');

/** Save the trip; list, open, rename, duplicate and delete saved trips; export and import them as JSON. */
export function SavedTrips({ draft }: { draft: TripDraft }) {
  const { t } = useTripStrings();
  const locale = useAppStore((s) => s.locale);
  const setTrip = useAppStore((s) => s.setTrip);
  const renameDraft = useAppStore((s) => s.renameDraft);
  const { saved, commit } = useSavedTrips();
  const [message, setMessage] = useState<{ text: string; problem?: boolean } | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const trips = listTrips(saved);

  const apply = (out: { ok: true; state: TripStore } | { ok: false }, text: string) => {
    if (!out.ok) return setMessage({ text: t('saved.invalidName'), problem: true });
    commit(out.state);
    setMessage({ text });
  };

  const save = () => {
    const now = new Date().toISOString();
    const existing = saved.trips.find((x) => x.id === draft.savedId);
    const id = existing ? existing.id : freshId(saved);
    const name = draft.name.trim() || t('defaultName');
    const out = putTrip(saved, { id, name, createdAt: existing?.createdAt ?? now, updatedAt: now, brief: draft.brief, stops: draft.stops });
    if (!out.ok) return setMessage({ text: t('saved.invalidName'), problem: true });
    commit(out.state);
    setTrip({ ...draft, name, savedId: id });
    setMessage({ text: t('saved.savedAs', { name }) });
  };

  const importFile = async (file: File) => {
    const out = importTrips(saved, await file.text());
    if (!out.ok) {
      console.warn('[trip] import failed:', out.problem.detail);
      return setMessage({ text: t('saved.importFailed', { problem: t(localKey(out.problem.key)) }), problem: true });
    }
    commit(out.state);
    setMessage({
      text: out.dropped.length ? t('saved.importedSome', { count: out.added.length, dropped: out.dropped.length }) : t('saved.imported', { count: out.added.length }),
    });
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
      <p className={message?.problem ? 'trip-error' : 'hint'} role="status" data-testid="trip-saved-status">
        {message?.text ?? ''}
      </p>
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
                    apply(renameTrip(saved, x.id, renaming.name), t('saved.savedAs', { name: renaming.name.trim() }));
                    if (draft.savedId === x.id) renameDraft(renaming.name.trim());
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
                            apply(deleteTrip(saved, x.id), t('saved.deleted', { name: x.name }));
                            setDeleting(null);
                            if (draft.savedId === x.id) setTrip({ ...draft, savedId: null });
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
          <label htmlFor="trip-import">{t('saved.import')}</label>
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
    </section>
  );
}
