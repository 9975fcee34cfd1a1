/** Trip message keys: a domain key as a key of the trip strings, and as a notice's key. */

/** The trip strings' namespace. */
export const TRIP_NS = 'trip';

/** A domain message key (`trip.store.notJson`) as a key of the trip namespace (`store.notJson`). */
export const localKey = (domainKey: string) => domainKey.replace(/^trip\./, '');

/** The same key for a notice, which is translated outside the tab (`trip:store.notJson`). */
export const noticeKey = (domainKey: string) => `${TRIP_NS}:${localKey(domainKey)}`;
