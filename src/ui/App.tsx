import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { AboutData } from './AboutData';
import { BottomSheet } from './BottomSheet';
import { FeatureCard } from './FeatureCard';
import { LanguageSwitch } from './LanguageSwitch';
import { MapKey } from './MapKey';
import { MapPanel } from './MapPanel';
import { Notices } from './Notices';
import { Settings } from './Settings';
import { SiteList } from './SiteList';
import { SiteSearch } from './SiteSearch';
import { UpdatePrompt } from './UpdatePrompt';

export function App() {
  const { t } = useTranslation();
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  return (
    <div className="app">
      <a className="skip-link" href="#site-list">
        {t('app.skipToList')}
      </a>
      <header className="topbar">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="brand__sub">{t('app.subtitle')}</p>
        </div>
        <div className="topbar__tools">
          <button type="button" className="btn" onClick={() => setAboutOpen(true)}>
            {t('data.about')}
          </button>
          <Settings />
          <LanguageSwitch />
        </div>
      </header>
      <main className="layout">
        <BottomSheet label={t('app.panel')}>
          <SiteSearch />
          <FeatureCard />
          <MapKey />
          <SiteList />
        </BottomSheet>
        <div className="map-wrap">
          <MapPanel />
        </div>
      </main>
      <Notices />
      <UpdatePrompt />
      <AboutData />
    </div>
  );
}
