/**
 * A researcher's file, as actions on the app store: read in the import worker, then previewed until
 * applied or dropped. The state lives in the store, not in the panel, so a long read goes on (and
 * its preview waits) while the researcher looks at another tab. A file chosen since wins.
 */
import { checkSize } from '../../domain/import';
import { networkJoins } from '../../domain/import/joins';
import type { ImportState } from '../../domain/import/read-file';
import type { AppStore } from '../../store';
import { selectNetwork } from '../../store/walk-selectors';
import { readInWorker } from './read-import';

let latest = 0;

/** @example void readOwnFile(store, input.files[0], 'sites'); */
export async function readOwnFile(store: AppStore, file: File, what: 'sites' | 'network'): Promise<void> {
  const ticket = ++latest;
  const set = (ownImport: ImportState) => ticket === latest && store.setState({ ownImport });
  const filename = file.name;
  const size = checkSize(file.size);
  if (!size.ok) return void set({ filename, error: size.error });
  set({ filename, progress: 0 });
  const reservedIds = store.getState().data.sites.value.map((s) => s.properties.id);
  const outcome = await readInWorker({ bytes: await file.arrayBuffer(), filename, what, reservedIds }, (progress) => set({ filename, progress }));
  if (!outcome.ok) return void set({ filename, error: outcome.error });
  const read = outcome.value;
  if (read.what === 'sites') return void set({ filename, pending: read });
  const builtIn = selectNetwork(store.getState())?.graph;
  set({ filename, pending: { ...read, joins: builtIn ? networkJoins(read.network, builtIn) : null } });
}

/** Uses the previewed file, in place of the built-in data or added to it. */
export function applyOwnImport(store: AppStore, mode: 'replace' | 'extend'): void {
  const pending = store.getState().ownImport?.pending;
  if (!pending) return;
  const { filename, file } = pending;
  if (pending.what === 'sites') store.getState().setOwnSites({ filename, sites: pending.sites, mode, file });
  else store.getState().setOwnNetwork({ filename, network: pending.network, mode, file });
  dropOwnImport(store);
}

/** Forgets the file being read or previewed (a read still running is then ignored). */
export function dropOwnImport(store: AppStore): void {
  latest++;
  store.setState({ ownImport: null });
}
