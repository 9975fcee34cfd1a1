/**
 * Saved trips that could not be read, and the kept backups: nothing is written over what cannot
 * be read until the teacher has it as a file or as a backup; each backup can be downloaded, or its
 * trips added back to the list.
 */
import { useRef, useState } from 'react';
import { listBackups, type startAfresh } from '../../domain/trip/storage';
import { useAppStore } from '../../store';
import { downloadText } from '../download';
import { formatDate } from '../format-date';
import { useTripStrings } from './strings';
import { browserStorage } from './use-saved-trips';

export function LockedStore({ raw, afresh }: { raw: string; afresh: (downloaded: boolean) => ReturnType<typeof startAfresh> }) {
  const { t } = useTripStrings();
  const [downloaded, setDownloaded] = useState(false);
  const [refused, setRefused] = useState(false);
  return (
    <div className="trip-locked" role="alert" data-testid="trip-store-locked">
      <p>{t('saved.lockedIntro')}</p>
      <div className="trip-row">
        <button
          type="button"
          className="btn btn--small"
          onClick={() => {
            downloadText(raw, 'mae-kha-trips-unreadable.json', 'application/json');
            setDownloaded(true);
          }}
        >
          {t('saved.downloadStored')}
        </button>
        <button type="button" className="btn btn--small" onClick={() => setRefused(!afresh(downloaded).ok)}>
          {t('saved.startAfresh')}
        </button>
      </div>
      {refused && <p className="trip-error">{t('saved.noRoomForBackup')}</p>}
    </div>
  );
}

export function StoredBackups({ restore }: { restore: (text: string) => void }) {
  const { t } = useTripStrings();
  const locale = useAppStore((s) => s.locale);
  // Read when opened (and after each restore), not on every render.
  const [backups, setBackups] = useState<ReturnType<typeof listBackups>>([]);
  const details = useRef<HTMLDetailsElement>(null);
  const storage = browserStorage();
  if (!storage) return null;
  return (
    <details ref={details} className="trip-backups" onToggle={() => details.current?.open && setBackups(listBackups(storage))}>
      <summary>{t('saved.backups')}</summary>
      {backups.length === 0 ? (
        <p className="hint">{t('saved.noBackups')}</p>
      ) : (
        <ul data-testid="trip-backups">
          {backups.map((b, i) => (
            <li key={b.key}>
              <span>
                {b.at ? formatDate(locale, new Date(b.at), 'medium') : t('saved.backupOlder')} · {t(`saved.backupReason.${b.reason ?? 'unknown'}`)}
              </span>{' '}
              <button type="button" className="btn btn--small" onClick={() => downloadText(b.text, `mae-kha-trips-backup-${i + 1}.json`, 'application/json')}>
                {t('saved.downloadBackup')}
              </button>{' '}
              <button type="button" className="btn btn--small" onClick={() => restore(b.text)}>
                {t('saved.restoreBackup')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
