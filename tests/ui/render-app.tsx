/** Renders the real app with real i18n and a fresh store; the MapLibre adapter is mocked by the caller. */
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { boot } from '../../src/boot';
import { loadEmbeddedData, type Dataset } from '../../src/data';
import { createI18n } from '../../src/i18n';
import { createAppStore, StoreContext } from '../../src/store';
import { App } from '../../src/ui/App';

export function renderApp({ search = '?lang=en', data = loadEmbeddedData() }: { search?: string; data?: Dataset } = {}) {
  const start = boot(search, undefined, 'en-GB', data);
  const store = createAppStore({ data, locale: start.locale, basemap: start.basemap, selection: start.selection, filters: start.filters, walk: start.walk, panel: start.panel, coverageParams: start.coverageParams, whatIf: start.whatIf, tripLink: start.tripLink });
  start.notices.forEach((n) => store.getState().pushNotice(n));
  const i18n = createI18n(start.locale);
  store.subscribe((s, prev) => {
    if (s.locale !== prev.locale) void i18n.changeLanguage(s.locale);
  });
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>
        <App />
      </StoreContext.Provider>
    </I18nextProvider>,
  );
  return { ...utils, store, i18n };
}
