import type { StateCreator } from 'zustand';
import type { Dataset } from '../data';
import type { AppState } from './index';

export type DataSlice = {
  data: Dataset;
};

export const createDataSlice =
  (data: Dataset): StateCreator<AppState, [], [], DataSlice> =>
  () => ({ data });
