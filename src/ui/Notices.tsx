import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

/** Quiet, dismissible notices, announced politely to screen readers. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice" data-notice={n.id}>
          <span>{t(n.key, n.values)}</span>
          <button type="button" className="notice__close" aria-label={t('notice.dismiss')} onClick={() => dismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
