import { sayKey } from '../i18n/t';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

/** What a link got wrong: its messages load only when a link had a problem (most never do). */
const LINK = 'notice.badLink.';
let linkStrings: Promise<unknown> | null = null;

/** Quiet, dismissible notices, announced politely to screen readers. */
export function Notices() {
  const { t, i18n } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  const [, rerender] = useState(0);
  const needLinks = notices.some((n) => n.key.startsWith(LINK)) && !i18n.exists(`${LINK}lang`);
  useEffect(() => {
    if (!needLinks) return;
    linkStrings ??= Promise.all([import('../i18n/locales/links.th.json'), import('../i18n/locales/links.en.json')]).then(([th, en]) => {
      i18n.addResourceBundle('th', 'translation', th.default, true, false);
      i18n.addResourceBundle('en', 'translation', en.default, true, false);
    });
    void linkStrings.then(() => rerender((n) => n + 1));
  }, [needLinks, i18n]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) =>
        needLinks && n.key.startsWith(LINK) ? null : (
          <div key={n.id} className="notice" data-notice={n.id}>
            <span>{sayKey(t, n.key, n.values)}</span>
            <button type="button" className="notice__close" aria-label={t('notice.dismiss')} onClick={() => dismiss(n.id)}>
              ×
            </button>
          </div>
        ),
      )}
    </div>
  );
}
