/**
 * The embedded data: read from `data/` and validated at build time (see `validateData` and the
 * `embedded-data` plugin in vite.config.ts), so the app needs no network and ships no validator.
 * The rest of the app only sees parsed features, and the skipped ones with their reasons.
 */
import { json, version } from 'virtual:embedded-data';
import type { Dataset } from './validate';

export type { Dataset } from './validate';

/** The data's version (a hash of the files in data/), cited by reports. */
export const DATA_VERSION = version;

/** A fresh copy on each call (callers may build on it without sharing). */
export function loadEmbeddedData(): Dataset {
  return JSON.parse(json) as Dataset;
}
