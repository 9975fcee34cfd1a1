/**
 * The import worker's replies: progress while the file is read, then the long list (sites, or the
 * network's lines) in parts, then the rest. Each part is its own message, so the page reads a
 * 164,000-site file in many short tasks instead of one long one.
 */
import type { FileRead, ReadOutcome, ReadRequest } from '../domain/import/read-file';

/** Items per part: a few milliseconds of reading each on a phone. */
export const PART_SIZE = 1000;

export type ImportMessage = { id: number } & ReadRequest;

export type ImportReply =
  | { id: number; kind: 'progress'; fraction: number }
  | { id: number; kind: 'part'; items: unknown[]; total: number }
  | { id: number; kind: 'done'; outcome: ReadOutcome }
  | { id: number; kind: 'failed'; detail: string };

const listOf = (read: FileRead): unknown[] => (read.what === 'sites' ? read.sites : read.network.features);

const withList = (read: FileRead, items: unknown[]): FileRead =>
  read.what === 'sites' ? { ...read, sites: items as typeof read.sites } : { ...read, network: { ...read.network, features: items as typeof read.network.features } };

/**
 * The replies that carry an outcome: its list in parts, then the outcome with the list emptied.
 * @example outcomeReplies(1, outcome).map((r) => r.kind) // ['part', 'part', 'done']
 */
export function outcomeReplies(id: number, outcome: ReadOutcome, size = PART_SIZE): ImportReply[] {
  if (!outcome.ok) return [{ id, kind: 'done', outcome }];
  const list = listOf(outcome.value);
  const parts: ImportReply[] = [];
  for (let i = 0; i < list.length; i += size) parts.push({ id, kind: 'part', items: list.slice(i, i + size), total: list.length });
  return [...parts, { id, kind: 'done', outcome: { ok: true, value: withList(outcome.value, []) } }];
}

/**
 * Puts the parts back: the outcome of the 'done' reply with the parts' items as its list.
 * @example joinOutcome(done.outcome, parts.flatMap((p) => p.items))
 */
export function joinOutcome(outcome: ReadOutcome, items: unknown[]): ReadOutcome {
  return outcome.ok ? { ok: true, value: withList(outcome.value, items) } : outcome;
}
