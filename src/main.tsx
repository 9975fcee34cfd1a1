import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import '@fontsource/noto-sans-thai/400.css';
import '@fontsource/noto-sans-thai/600.css';
import './ui/app.css';
import { boot } from './boot';
import { loadEmbeddedData } from './data';
import { createI18n } from './i18n';
import { createAppStore, StoreContext, type AppState } from './store';
import { writePrefs } from './store/persist';
import { runsCoverage } from './store/mode-links';
import { toUrlSearch } from './store/url-state';
import { App } from './ui/App';
import { prewarmMap } from './map/map-view';

prewarmMap();
const data = loadEmbeddedData();
const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();
const start = boot(window.location.search, storage, navigator.language, data);
const store = createAppStore({
  data,
  locale: start.locale,
  basemap: start.basemap,
  selection: start.selection,
  filters: start.filters,
  walk: start.walk,
  panel: start.panel,
  coverageParams: start.coverageParams,
  whatIf: start.whatIf,
  tripLink: start.tripLink,
  tripEdit: start.tripEdit,
  origin: start.origin,
});
start.notices.forEach((n) => store.getState().pushNotice(n));
const i18n = createI18n(start.locale);

function applyLocale(locale: 'th' | 'en') {
  document.documentElement.lang = locale;
  document.title = i18n.t('app.title') + ' · ' + (locale === 'th' ? 'Mae Kha Learning Map' : 'แผนที่การเรียนรู้คลองแม่ข่า');
}
applyLocale(start.locale);
window.history.replaceState(null, '', toUrlSearch(store.getState()) + window.location.hash);

// The coverage analysis: a reaction of the store, loaded the first time a mode that runs it opens.
let coverageRun: Promise<unknown> | null = null;
const startCoverage = (s: AppState) => {
  if (!coverageRun && runsCoverage(s)) coverageRun = import('./store/coverage-run').then((m) => m.runCoverage(store));
};
startCoverage(store.getState());

store.subscribe((s, prev) => {
  startCoverage(s);
  if (s.locale !== prev.locale) {
    void i18n.changeLanguage(s.locale);
    applyLocale(s.locale);
  }
  const search = toUrlSearch(s);
  if (search !== window.location.search) window.history.replaceState(null, '', search + window.location.hash);
  if (s.locale !== prev.locale || s.basemap !== prev.basemap) {
    writePrefs(storage, { locale: s.locale, basemap: s.basemap });
  }
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);
