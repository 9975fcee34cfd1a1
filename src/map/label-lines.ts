/**
 * Map labels broken into lines where a person would break them: at the spaces between a name's
 * parts, never inside a word. MapLibre would otherwise break Thai (written without spaces between
 * words) wherever a word segmenter finds a word, cutting place names apart ("สะพานคลองแม่|ข่า").
 * The label layers then wrap nothing themselves.
 */

/** Thai vowel and tone marks above or below a letter: they take no width of their own. */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

const width = (text: string) => text.replace(COMBINING, '').length;

/**
 * The label with a newline at chosen spaces, each line at most `max` letters where the parts
 * allow (a part longer than that keeps its own line). A part that is a number ("รอบ 2", "No. 6")
 * stays with the word before it.
 * @example labelLines('สะพานคลองแม่ข่า ถนนวงแหวนรอบ 2', 14) // 'สะพานคลองแม่ข่า\nถนนวงแหวนรอบ 2'
 */
export function labelLines(text: string, max: number): string {
  const parts: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    if (parts.length > 0 && /^\d/.test(word)) parts[parts.length - 1] += ` ${word}`;
    else parts.push(word);
  }
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && width(last) + 1 + width(part) <= max) lines[lines.length - 1] = `${last} ${part}`;
    else lines.push(part);
  }
  return lines.join('\n');
}
