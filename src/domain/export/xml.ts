/** Text and attribute values made safe for XML 1.0. */

// Characters XML 1.0 cannot carry at all (https://www.w3.org/TR/xml/#charsets): dropped, not escaped.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for element content or a quoted attribute.
 * @example xmlEscape('Tom & "Jerry"') // 'Tom &amp; &quot;Jerry&quot;'
 */
export function xmlEscape(text: string): string {
  return text.replace(INVALID, '').replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
