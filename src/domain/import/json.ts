/** JSON text to a value, with syntax errors named by line and column where the parser gives a position. */
import { fatal, type ImportError } from './issues';
import { checkSize, utf8Length } from './size';

/**
 * 1-based line and column of a character offset.
 * @example lineColumn('{\n  x', 4) // { line: 2, column: 3 }
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(offset, text.length) - lineStart + 1 };
}

/**
 * Line and column a JSON.parse error points at, when its message gives one: V8 says `at position
 * 12`, Firefox `at line 2 column 5`, Safari nothing.
 */
function errorPlace(text: string, message: string): { line: number; column: number } | null {
  const at = /at position (\d+)/.exec(message);
  if (at) return lineColumn(text, Number(at[1]));
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  if (/end of (JSON )?(data|input)/i.test(message)) return lineColumn(text, text.length);
  return null;
}

/**
 * Parses JSON text after the size check; never throws.
 * @example parseJson('{"a":1,}') // { ok: false, error: { key: 'import.issue.jsonSyntaxAt', values: { line: 1, column: 8 }, … } }
 */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: ImportError } {
  const size = checkSize(utf8Length(text));
  if (!size.ok) return size;
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fatal('import.issue.empty');
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    // Expected for user files: the error becomes a named value.
    const message = e instanceof Error ? e.message : String(e);
    const place = errorPlace(body, message);
    if (place === null) return fatal('import.issue.jsonSyntax', {}, message);
    return fatal('import.issue.jsonSyntaxAt', place, message);
  }
}
