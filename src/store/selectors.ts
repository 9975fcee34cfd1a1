/**
 * Named selectors: derived data is computed here, never stored. Selectors passed to `useAppStore`
 * must return stable references (zustand compares with Object.is), so derived arrays are memoised
 * on their inputs.
 */
import type { LoadIssue } from '../domain/load';
import type { AppState } from './index';

export const selectSites = (s: AppState) => s.data.sites.value;
export const selectWaterways = (s: AppState) => s.data.waterways.value;
export const selectVisibleSites = selectSites;
export const selectVisibleWaterways = selectWaterways;

let lastData: AppState['data'] | null = null;
let lastIssues: LoadIssue[] = [];
export const selectLoadIssues = (s: AppState): LoadIssue[] => {
  if (s.data !== lastData) {
    lastData = s.data;
    lastIssues = [...s.data.sites.issues, ...s.data.waterways.issues];
  }
  return lastIssues;
};
