import { Suspense, lazy, memo, startTransition, useDeferredValue, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store';
import { AnnouncerProvider } from './announcer';
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
import { PanelTabs } from './PanelTabs';
import { ErrorBoundary } from './ErrorBoundary';
import { MODES } from './modes';
import type { Panel } from '../store/walk-slice';

const AboutData = lazy(() => import('./AboutData').then((m) => ({ default: m.AboutData })));

/**
 * A part that failed (its code did not load, or it broke): what went wrong, and a way on. Reloading
 * loses nothing: walks and trips live in the address and the browser's storage.
 */
function PartFailed({ reason }: { reason: string }) {
  const { t } = useTranslation();
  return (
    <div className="part-failed" role="alert">
      <p>{t('app.partFailed', { reason })}</p>
      <button type="button" className="btn btn--small" onClick={() => location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}

/**
 * False for the first commit, then true. The map is created in that first commit (see MapCanvas);
 * the panel's contents follow in a transition, which React interrupts to let the map draw, so
 * MapLibre's worker loads the data while the list renders instead of after it.
 */
function useAfterFirstCommit(): boolean {
  const [after, setAfter] = useState(false);
  useLayoutEffect(() => startTransition(() => setAfter(true)), []);
  return after;
}

/**
 * A tab's contents. Memoised on the (deferred) panel: the urgent render of a tab switch, which only
 * moves the tab's selection, does not render the old tab's contents again (the site list, a panel).
 */
const TabContents = memo(function TabContents({ panel }: { panel: Panel }) {
  const { t } = useTranslation();
  const mode = MODES[panel];
  return (
    // Each tab's contents, Explore's too, fail on their own: the tabs and the map stay.
    <ErrorBoundary key={panel} part={panel} fallback={(reason) => <PartFailed reason={reason} />}>
      {mode.Panel === null ? (
        <>
          <SiteSearch />
          <FeatureCard />
          <MapKey />
          <SiteList />
        </>
      ) : (
        <>
          <FeatureCard />
          <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
            <mode.Panel />
          </Suspense>
        </>
      )}
    </ErrorBoundary>
  );
});

export function App() {
  const { t } = useTranslation();
  const panelReady = useAfterFirstCommit();
  const setAboutOpen = useAppStore((s) => s.setAboutOpen);
  // The tabs show a switch at once; the panel's contents follow in a deferred (interruptible) render.
  const panel = useDeferredValue(useAppStore((s) => s.panel));
  const mode = MODES[panel];
  const aboutOpen = useAppStore((s) => s.aboutOpen);
  // The service worker (offline cache) registers once the map has drawn, so its downloads do not
  // compete with the first paint.
  const mapReady = useAppStore((s) => s.mapReady);
  return (
    <AnnouncerProvider>
      <div className="app">
        <a className="skip-link" href={mode.skipTo === 'list' ? '#site-list' : `#tabpanel-${panel}`}>
          {mode.skipTo === 'list' ? t('app.skipToList') : t('app.skipToPanel')}
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
            <PanelTabs />
            <div role="tabpanel" tabIndex={-1} id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`} className="tabpanel">
              {panelReady && <TabContents panel={panel} />}
            </div>
          </BottomSheet>
          <div className="map-wrap">
            <MapPanel />
          </div>
          <div className="toasts">
            <Notices />
            {mapReady && <UpdatePrompt />}
          </div>
        </main>
        {aboutOpen && (
          <ErrorBoundary part="about" fallback={(reason) => <PartFailed reason={reason} />}>
            <Suspense fallback={null}>
              <AboutData />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </AnnouncerProvider>
  );
}

