/**
 * The data files served beside the app and fetched by URL, never bundled: the walking network
 * (the map draws it as the streets; the routing tabs load it), the old city and named places.
 * Vite copies each with a content hash; the service worker keeps them for offline use.
 */
import network from '../../data/network.geojson?url';
import oldCity from '../../data/old-city.geojson?url';
import places from '../../data/places.geojson?url';

export const DATA_URLS = { network, oldCity, places } as const;
export type DataUrls = { [K in keyof typeof DATA_URLS]: string };
