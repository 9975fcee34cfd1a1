/** Reading a researcher's file through the store: progress, preview, a newer file wins, apply, drop. */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedData } from '../../../src/data';
import { createAppStore } from '../../../src/store';
import { applyOwnImport, dropOwnImport, readOwnFile } from '../../../src/ui/research/import-actions';

const data = loadEmbeddedData();
const rows = (n: number, name = 'Site') =>
  ['name_en,lat,lon', ...Array.from({ length: n }, (_, i) => `${name} ${i},${(18.78 + i * 1e-5).toFixed(5)},${(98.98 + i * 1e-5).toFixed(5)}`)].join('\n');
const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });

describe('readOwnFile', () => {
  it('shows progress while a long file is read, then its preview; applying uses it and clears the preview', async () => {
    const store = createAppStore({ data, locale: 'th' });
    const progress: number[] = [];
    store.subscribe((s) => s.ownImport?.progress !== undefined && progress.push(s.ownImport.progress));
    await readOwnFile(store, csv('many.csv', rows(20_000)), 'sites');
    expect(progress[0]).toBe(0);
    expect(progress.length).toBeGreaterThan(2);
    const pending = store.getState().ownImport?.pending;
    expect(pending?.what === 'sites' && pending.sites).toHaveLength(20_000);
    expect(store.getState().ownImport?.progress).toBeUndefined();
    applyOwnImport(store, 'replace');
    expect(store.getState().ownSites).toMatchObject({ filename: 'many.csv', mode: 'replace', file: { used: 20_000, refused: 0 } });
    expect(store.getState().ownImport).toBeNull();
  });

  it('a file chosen while another is read wins; dropping forgets a read still running', async () => {
    const store = createAppStore({ data, locale: 'en' });
    const first = readOwnFile(store, csv('first.csv', rows(5000, 'First')), 'sites');
    const second = readOwnFile(store, csv('second.csv', rows(3, 'Second')), 'sites');
    await Promise.all([first, second]);
    expect(store.getState().ownImport?.filename).toBe('second.csv');
    const running = readOwnFile(store, csv('third.csv', rows(100)), 'sites');
    dropOwnImport(store);
    await running;
    expect(store.getState().ownImport).toBeNull();
  });

  it('names a refused file and keeps what was in use', async () => {
    const store = createAppStore({ data, locale: 'en' });
    await readOwnFile(store, csv('ok.csv', rows(2)), 'sites');
    applyOwnImport(store, 'extend');
    await readOwnFile(store, csv('empty.csv', ''), 'sites');
    expect(store.getState().ownImport).toEqual({ filename: 'empty.csv', error: expect.objectContaining({ key: 'import.issue.empty' }) });
    expect(store.getState().ownSites?.filename).toBe('ok.csv');
    await readOwnFile(store, csv('huge.csv', 'x'.repeat(5 * 1024 * 1024 + 1)), 'sites');
    expect(store.getState().ownImport?.error?.key).toBe('import.issue.tooLarge');
  });
});
