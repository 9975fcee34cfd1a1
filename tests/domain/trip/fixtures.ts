/** Shared fixtures for the trip tests: the real network and sites, and a brief to vary. */
import type { FeatureCollection } from 'geojson';
import { networkLines } from '../../fixtures/network';
import { loadEmbeddedData } from '../../../src/data';
import type { Brief } from '../../../src/domain/trip/brief';
import { siteNetwork } from '../../../src/domain/walk';

let real: ReturnType<typeof load> | null = null;
function load() {
  const data = loadEmbeddedData();
  const sites = data.sites.value;
  const paths: FeatureCollection = networkLines();
  return { sites, network: siteNetwork(paths, sites) };
}
/** The embedded sites and their network, built once per test file. */
export const realData = () => (real ??= load());

export const brief = (over: Partial<Brief> = {}): Brief => ({
  date: '2025-11-20',
  startTime: '09:00',
  budgetMinutes: 120,
  group: 'lower-secondary',
  groupSize: 30,
  subjects: ['water-ecology'],
  start: { kind: 'site', id: 'tha-phae-gate' },
  end: { kind: 'site', id: 'tha-phae-gate' },
  stepFree: false,
  ...over,
});
