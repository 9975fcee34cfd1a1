/** Names, category, themes and status of an imported site, from loosely typed cells or properties. */
import { CATEGORIES, STATUSES, THEMES, type Category, type Localized, type Status, type Theme } from '../schema';
import type { ImportIssue, Origin } from './issues';
import { rowIssue } from './issues';

/** Trimmed text with runs of white space collapsed, capped at 200 characters; undefined when blank. */
export function cleanText(v: unknown): string | undefined {
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const t = String(v).replace(/\s+/g, ' ').trim().slice(0, 200);
  return t === '' ? undefined : t;
}

export type RawNames = { th?: unknown; en?: unknown; any?: unknown };

/**
 * Both languages from whichever names the file has; one name serves for both.
 * @example namesOf({ any: 'Wat Lok Molee' }) // { th: 'Wat Lok Molee', en: 'Wat Lok Molee' }
 */
export function namesOf(raw: RawNames): Localized | undefined {
  const th = cleanText(raw.th);
  const en = cleanText(raw.en);
  const any = cleanText(raw.any);
  const first = th ?? any ?? en;
  const second = en ?? any ?? th;
  return first && second ? { th: first, en: second } : undefined;
}

const pick = <T extends string>(list: readonly T[], v: string): T | undefined =>
  (list as readonly string[]).includes(v.toLowerCase()) ? (v.toLowerCase() as T) : undefined;

export type Classified = { category?: Category; themes: Theme[]; status: Status; issues: ImportIssue[] };

/** Category, themes (`;`- or `|`-separated, or an array) and status; unknown values are named and left out. */
export function classifyFields(at: Origin, raw: { category?: unknown; themes?: unknown; status?: unknown }): Classified {
  const issues: ImportIssue[] = [];
  const out: Classified = { themes: [], status: 'candidate', issues };
  const category = cleanText(raw.category);
  if (category !== undefined) {
    const c = pick(CATEGORIES, category);
    if (c) out.category = c;
    else issues.push(rowIssue(at, 'kept', 'import.issue.unknownCategory', { value: category, known: CATEGORIES.join(', ') }));
  }
  const list = Array.isArray(raw.themes) ? raw.themes : typeof raw.themes === 'string' ? raw.themes.split(/[;|]/) : [];
  for (const item of list) {
    const theme = cleanText(item);
    if (theme === undefined) continue;
    const t = pick(THEMES, theme);
    if (!t) issues.push(rowIssue(at, 'kept', 'import.issue.unknownTheme', { value: theme, known: THEMES.join(', ') }));
    else if (!out.themes.includes(t)) out.themes.push(t);
  }
  const status = cleanText(raw.status);
  if (status !== undefined) {
    const s = pick(STATUSES, status);
    if (s) out.status = s;
    else issues.push(rowIssue(at, 'kept', 'import.issue.unknownStatus', { value: status, known: STATUSES.join(', ') }));
  }
  return out;
}
