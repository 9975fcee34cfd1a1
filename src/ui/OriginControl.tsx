import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../store';
import { locate } from './geolocate';

/**
 * Where distances are measured from: the device's location or a point picked on the map (the
 * selected site when neither is set). Picking on the map has a keyboard equivalent: select a site.
 */
export function OriginControl({ fallbackName, purpose = 'distance' }: { fallbackName: string | null; purpose?: 'distance' | 'start' }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const origin = useAppStore((s) => s.origin);
  const picking = useAppStore((s) => s.picking);
  const setOrigin = useAppStore((s) => s.setOrigin);
  const setPicking = useAppStore((s) => s.setPicking);

  const askLocation = async () => {
    const found = await locate();
    if (found.ok) {
      setOrigin({ kind: 'location', point: found.point, accuracy: found.accuracy });
      store.getState().dismissNotice('locate-failed');
    } else {
      store.getState().pushNotice({ id: 'locate-failed', key: `origin.failed.${found.reason}` });
    }
  };

  const current = origin
    ? t(`origin.from.${origin.kind}`)
    : fallbackName
      ? t('origin.from.site', { name: fallbackName })
      : t(purpose === 'start' ? 'origin.noneStart' : 'origin.none');

  return (
    <div className="origin" role="group" aria-label={t(purpose === 'start' ? 'origin.labelStart' : 'origin.label')}>
      <p className="origin__current" aria-live="polite">
        {picking === 'origin' ? t('origin.picking') : current}
      </p>
      <div className="origin__buttons">
        <button type="button" className="btn btn--small" onClick={() => void askLocation()}>
          {t('origin.useLocation')}
        </button>
        <button
          type="button"
          className="btn btn--small"
          aria-pressed={picking === 'origin'}
          onClick={() => setPicking(picking === 'origin' ? null : 'origin')}
        >
          {picking === 'origin' ? t('origin.cancelPick') : t('origin.pick')}
        </button>
        {origin && (
          <button type="button" className="btn btn--small" onClick={() => setOrigin(null)}>
            {t('origin.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
