import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker (in the built app) and says when the app works offline, or when a
 * new version is ready: it is applied only when the user chooses, so nothing in progress is lost.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>{needRefresh ? t('pwa.update') : t('pwa.offlineReady')}</span>
      {needRefresh && (
        <button type="button" className="btn btn--small" onClick={() => void updateServiceWorker(true)}>
          {t('pwa.reload')}
        </button>
      )}
      <button
        type="button"
        className="btn btn--small"
        onClick={() => {
          setNeedRefresh(false);
          setOfflineReady(false);
        }}
      >
        {needRefresh ? t('pwa.later') : t('pwa.ok')}
      </button>
    </div>
  );
}
