import type about from './locales/about.en.json';
import type en from './locales/en.json';
import type follow from './locales/follow.en.json';
import type links from './locales/links.en.json';
import type network from './locales/network.en.json';
import type research from './locales/research.en.json';
import type trip from './locales/trip.en.json';
import type walk from './locales/walk.en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: 'translation';
    resources: { translation: typeof en; about: typeof about; follow: typeof follow; links: typeof links; network: typeof network; research: typeof research; trip: typeof trip; walk: typeof walk };
  }
}
