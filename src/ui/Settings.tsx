import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';

export function Settings() {
  const { t } = useTranslation();
  const basemap = useAppStore((s) => s.basemap);
  const setBasemap = useAppStore((s) => s.setBasemap);
  const hint = useId();
  return (
    <details className="settings">
      <summary>{t('settings.title')}</summary>
      <div className="settings__body">
        <label className="check">
          <input
            type="checkbox"
            checked={basemap === 'osm'}
            aria-describedby={hint}
            onChange={(e) => setBasemap(e.target.checked ? 'osm' : 'none')}
          />
          {t('settings.basemap')}
        </label>
        <p id={hint} className="hint">
          {t('settings.basemapHint')}
        </p>
      </div>
    </details>
  );
}
