/** The import worker's replies: a long list in parts, put back whole on the page. */
import { describe, expect, it } from 'vitest';
import { readImport, type ReadOutcome } from '../../src/domain/import/read-file';
import { joinOutcome, outcomeReplies, type ImportReply } from '../../src/workers/import-parts';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const csv = (rows: number) =>
  ['name_en,lat,lon', ...Array.from({ length: rows }, (_, i) => `Site ${i},${(18.78 + i * 1e-5).toFixed(5)},${(98.98 + i * 1e-5).toFixed(5)}`)].join('\n');

/** What the page does with the replies, in order. */
function receive(replies: ImportReply[]): ReadOutcome {
  const items: unknown[] = [];
  for (const r of replies) {
    if (r.kind === 'part') items.push(...r.items);
    if (r.kind === 'done') return joinOutcome(r.outcome, items);
  }
  throw new Error('no done reply');
}

describe('outcomeReplies / joinOutcome', () => {
  it('sends 2,500 sites as parts of 1,000 and a done without them; the page gets the same outcome', async () => {
    const outcome = await readImport({ bytes: bytes(csv(2500)), filename: 'sites.csv', what: 'sites', reservedIds: [] });
    const replies = outcomeReplies(1, structuredClone(outcome), 1000);
    expect(replies.map((r) => (r.kind === 'part' ? r.items.length : r.kind))).toEqual([1000, 1000, 500, 'done']);
    const done = replies.at(-1)!;
    expect(done.kind === 'done' && done.outcome.ok && done.outcome.value.what === 'sites' && done.outcome.value.sites).toEqual([]);
    expect(receive(structuredClone(replies))).toEqual(outcome);
  });

  it('sends a network’s lines in parts too, and a failure as it is', async () => {
    const line = (i: number) => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[98.98, 18.78 + i * 1e-4], [98.981, 18.78 + i * 1e-4]] } });
    const text = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 5 }, (_, i) => line(i)) });
    const outcome = await readImport({ bytes: bytes(text), filename: 'paths.geojson', what: 'network', reservedIds: [] });
    expect(outcome.ok && outcome.value.what === 'network' && outcome.value.network.features).toHaveLength(5);
    expect(receive(outcomeReplies(2, outcome, 2))).toEqual(outcome);
    const failed = await readImport({ bytes: bytes(''), filename: 'empty.csv', what: 'sites', reservedIds: [] });
    expect(failed).toMatchObject({ ok: false, error: { key: 'import.issue.empty' } });
    expect(outcomeReplies(3, failed)).toEqual([{ id: 3, kind: 'done', outcome: failed }]);
  });
});

describe('readImport', () => {
  it('reports the share read while a long CSV is read, rising to the end', async () => {
    const seen: number[] = [];
    const outcome = await readImport({ bytes: bytes(csv(20_000)), filename: 'many.csv', what: 'sites', reservedIds: [] }, (f) => seen.push(f));
    expect(outcome.ok && outcome.value.preview.kept).toBe(20_000);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBeGreaterThan(0.75);
    expect(seen.at(-1)).toBeLessThanOrEqual(1);
  });

  it('records the file: its size, its SHA-256, rows used and refused', async () => {
    const text = 'name,lat,lon\nวัดโลกโมฬี,18.7958,98.9818\nbad,north,98.98\n';
    const outcome = await readImport({ bytes: bytes(text), filename: 'sites.csv', what: 'sites', reservedIds: [] });
    expect(outcome.ok && outcome.value.file).toEqual({
      bytes: new TextEncoder().encode(text).byteLength,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      used: 1,
      refused: 1,
    });
  });

  it('refuses a file over the limit before reading it', async () => {
    const outcome = await readImport({ bytes: new ArrayBuffer(5 * 1024 * 1024 + 1), filename: 'big.csv', what: 'sites', reservedIds: [] });
    expect(outcome).toMatchObject({ ok: false, error: { key: 'import.issue.tooLarge' } });
  });
});
